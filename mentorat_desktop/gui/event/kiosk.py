"""The sign-up kiosk: a full-screen form that visitors of a fair fill in themselves, one after
another, in large text, in French or English at a touch, with the consent in plain words.
Nothing else of the application can be reached from it: leaving asks for the PIN the
coordinator chose when starting it (kept in memory only). Each sign-up waits for the
coordinator (Members → Kiosk sign-ups…)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTimer, QTranslator
from PySide6.QtGui import QCloseEvent, QFont, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from mentorat_desktop.core.enums import Mode, Role
from mentorat_desktop.core.errors import ValidationError
from mentorat_desktop.core.event.kiosk import SignupInput
from mentorat_desktop.core.services.registry import Services
from mentorat_desktop.i18n import install_translators
from mentorat_desktop.i18n.messages import field_error

MIN_PIN = 4
THANKS_MS = 8000  # the thank-you page goes back to an empty form by itself
KIOSK_POINT_SIZE = 18


class PinDialog(QDialog):
    """Ask for the kiosk's PIN: to choose it (typed twice) or to leave the kiosk."""

    def __init__(self, choose: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choose = choose
        self.setWindowTitle(self.tr("Kiosk PIN"))
        self.setAccessibleName(self.tr("Kiosk PIN"))
        self.pin = QLineEdit(self)
        self.pin.setEchoMode(QLineEdit.EchoMode.Password)
        self.pin.setAccessibleName(self.tr("PIN"))
        self.again = QLineEdit(self)
        self.again.setEchoMode(QLineEdit.EchoMode.Password)
        self.again.setAccessibleName(self.tr("PIN again"))
        self.problem = QLabel(self)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.setWordWrap(True)
        intro = QLabel(
            self.tr(
                "Choose a PIN of at least {n} characters. It is asked for to leave the kiosk, "
                "and forgotten when the kiosk closes."
            ).format(n=MIN_PIN)
            if choose
            else self.tr("The coordinator's PIN, to leave the kiosk:"),
            self,
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&PIN:"), self.pin)
        if choose:
            form.addRow(self.tr("PIN &again:"), self.again)
        else:
            self.again.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("OK"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def _check(self) -> None:
        if self._choose and len(self.pin.text()) < MIN_PIN:
            self.problem.setText(self.tr("The PIN is too short."))
            return
        if self._choose and self.pin.text() != self.again.text():
            self.problem.setText(self.tr("The two PINs differ."))
            return
        self.accept()


class _TickLabel(QLabel):
    """A wrapped sentence beside a check box; touching it ticks the box."""

    def __init__(self, box: QCheckBox, parent: QWidget) -> None:
        super().__init__(parent)
        self._box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._box.toggle()
        event.accept()


class KioskWindow(QWidget):
    """One sign-up after another; ``unlock`` (the PIN) is the only way out."""

    def __init__(
        self,
        services: Services,
        pin: str,
        language: str,
        event_id: int | None = None,
        parent: QWidget | None = None,
        app_translators: list[QTranslator] | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self._kiosk = services.kiosk
        self._pin = pin
        self._event_id = event_id
        self._unlocked = False
        # The application's translators (AppContext.translators), taken off while the kiosk
        # speaks its own language and put back when it closes.
        app = QCoreApplication.instance()
        assert app is not None
        self._app = app
        self._saved_translators = list(app_translators or [])
        self._saved_locale = QLocale()
        self._french = language if language.startswith("fr") else "fr_FR"
        self._own: list[QTranslator] = []
        self.language = language
        self.setWindowModality(Qt.WindowModality.ApplicationModal)
        font = QFont(self.font())
        font.setPointSize(KIOSK_POINT_SIZE)
        self.setFont(font)

        self.french_button = QPushButton("Français", self)
        self.english_button = QPushButton("English", self)
        for button, code in ((self.french_button, self._french), (self.english_button, "en")):
            button.setCheckable(True)
            button.setAutoDefault(False)
            button.clicked.connect(lambda _c=False, code=code: self.set_language(code))
        self.leave_button = QPushButton(self)
        self.leave_button.setAutoDefault(False)
        self.leave_button.clicked.connect(self.ask_to_leave)
        top = QHBoxLayout()
        top.addWidget(self.french_button)
        top.addWidget(self.english_button)
        top.addStretch(1)
        top.addWidget(self.leave_button)

        self.title = QLabel(self)
        title_font = QFont(font)
        title_font.setPointSize(KIOSK_POINT_SIZE + 8)
        title_font.setBold(True)
        self.title.setFont(title_font)
        self.title.setWordWrap(True)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)

        self.first_name = QLineEdit(self)
        self.last_name = QLineEdit(self)
        self.birth_year = QSpinBox(self)
        self.birth_year.setRange(0, 2100)
        self.birth_year.setSpecialValueText(" ")  # 0: not given
        self.email = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.role = QComboBox(self)
        self.offered = QLineEdit(self)
        self.wanted = QLineEdit(self)
        self.availability = QLineEdit(self)
        self.mode = QComboBox(self)
        # A check box does not wrap its text: each consent is a box and a wrapped sentence
        # beside it, which ticks the box when touched.
        self.consent_keep = QCheckBox(self)
        self.consent_contact = QCheckBox(self)
        self.consent_share = QCheckBox(self)
        self._consent_texts: dict[QCheckBox, _TickLabel] = {}
        for box in (self.consent_keep, self.consent_contact, self.consent_share):
            box.setStyleSheet("QCheckBox::indicator { width: 32px; height: 32px; }")
            self._consent_texts[box] = _TickLabel(box, self)
        self.problems = QLabel(self)
        self.problems.setStyleSheet("color: #b00020")
        self.problems.setWordWrap(True)
        self.submit_button = QPushButton(self)
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)

        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self._labels: dict[QWidget, QLabel] = {}
        for widget in (
            self.first_name,
            self.last_name,
            self.birth_year,
            self.email,
            self.phone,
            self.role,
            self.offered,
            self.wanted,
            self.availability,
            self.mode,
        ):
            label = QLabel(self)
            label.setBuddy(widget)
            self._labels[widget] = label
            self.form.addRow(label, widget)
        consent = QVBoxLayout()
        for box, text in self._consent_texts.items():
            line = QHBoxLayout()
            line.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            line.addWidget(text, 1)
            consent.addLayout(line)
        form_page = QWidget(self)
        form_page.setMaximumWidth(1100)  # long lines are hard to read on a wide screen
        page_layout = QVBoxLayout(form_page)
        page_layout.addWidget(self.title)
        page_layout.addWidget(self.intro)
        page_layout.addLayout(self.form)
        page_layout.addLayout(consent)
        page_layout.addWidget(self.problems)
        page_layout.addWidget(self.submit_button, 0, Qt.AlignmentFlag.AlignRight)
        page_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        holder = QWidget(self)
        centred = QHBoxLayout(holder)
        centred.addWidget(form_page)
        scroll.setWidget(holder)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        self.thanks = QLabel(self)
        self.thanks.setFont(title_font)
        self.thanks.setWordWrap(True)
        self.thanks.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_button = QPushButton(self)
        self.next_button.clicked.connect(self.next_person)
        thanks_page = QWidget(self)
        thanks_layout = QVBoxLayout(thanks_page)
        thanks_layout.addStretch(1)
        thanks_layout.addWidget(self.thanks)
        thanks_layout.addWidget(self.next_button, 0, Qt.AlignmentFlag.AlignCenter)
        thanks_layout.addStretch(1)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(scroll)
        self.pages.addWidget(thanks_page)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.next_person)
        self.set_language(language if language == "en" else self._french)

    # -- language ------------------------------------------------------------------------------
    def set_language(self, language: str) -> None:
        """Show the kiosk in ``language`` (the application's own language comes back when
        the kiosk closes)."""
        for translator in (*self._saved_translators, *self._own):
            self._app.removeTranslator(translator)
        for translator in self._own:
            translator.deleteLater()
        self._own = install_translators(self._app, language)
        self.language = language
        self.french_button.setChecked(language != "en")
        self.english_button.setChecked(language == "en")
        self._retranslate()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign up"))
        self.setAccessibleName(self.tr("Sign-up kiosk"))
        self.french_button.setAccessibleName(self.tr("Show the form in French"))
        self.english_button.setAccessibleName(self.tr("Show the form in English"))
        self.leave_button.setText(self.tr("Coordinator"))
        self.leave_button.setAccessibleName(self.tr("Leave the kiosk (coordinator's PIN)"))
        self.title.setText(self.tr("Join our reverse-mentoring program"))
        self.intro.setText(
            self.tr(
                "A younger person and an older one meet about three hours a month: one shares "
                "the digital tools, the other the know-how of a working life. Fill in this "
                "form; the coordinator will call you back."
            )
        )
        texts = {
            self.first_name: (self.tr("&First name"), self.tr("First name")),
            self.last_name: (self.tr("&Last name"), self.tr("Last name")),
            self.birth_year: (self.tr("&Year of birth"), self.tr("Year of birth")),
            self.email: (self.tr("&E-mail"), self.tr("E-mail")),
            self.phone: (self.tr("&Phone"), self.tr("Phone")),
            self.role: (self.tr("&I would like to"), self.tr("I would like to")),
            self.offered: (self.tr("What I can pass &on"), self.tr("What I can pass on")),
            self.wanted: (self.tr("What I want to lea&rn"), self.tr("What I want to learn")),
            self.availability: (self.tr("When I am &free"), self.tr("When I am free")),
            self.mode: (self.tr("How I prefer to &meet"), self.tr("How I prefer to meet")),
        }
        for widget, (label, name) in texts.items():
            self._labels[widget].setText(label)
            widget.setAccessibleName(name)
        self.offered.setPlaceholderText(self.tr("e.g. cooking, accounting, photos"))
        self.wanted.setPlaceholderText(self.tr("e.g. video calls, my smartphone"))
        self.availability.setPlaceholderText(self.tr("e.g. Tuesday evening"))
        self._fill_combo(
            self.role,
            [
                (Role.MENTEE, self.tr("learn from a younger person")),
                (Role.MENTOR, self.tr("share what I know with an older person")),
                (Role.EITHER, self.tr("either, as the coordinator sees fit")),
            ],
        )
        self._fill_combo(
            self.mode,
            [
                (Mode.ANY, self.tr("any way")),
                (Mode.IN_PERSON, self.tr("in person")),
                (Mode.VIDEO, self.tr("by video")),
                (Mode.PHONE, self.tr("by phone")),
            ],
        )
        for box, text, name in (
            (
                self.consent_keep,
                self.tr(
                    "The association may keep what I wrote here to find me a partner. "
                    "I can ask at any time to see it or to have it erased."
                ),
                self.tr("Consent to keep my data"),
            ),
            (
                self.consent_contact,
                self.tr("The association may call me or write to me about the program."),
                self.tr("Consent to be contacted"),
            ),
            (
                self.consent_share,
                self.tr("My phone and e-mail may be given to the person I am paired with."),
                self.tr("Consent to share my contact details with my partner"),
            ),
        ):
            self._consent_texts[box].setText(text)
            box.setAccessibleName(name)
        self.submit_button.setText(self.tr("&Sign me up"))
        self.submit_button.setAccessibleName(self.tr("Sign me up"))
        self.thanks.setText(self.tr("Thank you! The coordinator will call you back soon."))
        self.next_button.setText(self.tr("&Next person"))
        self.next_button.setAccessibleName(self.tr("Next person"))
        self.problems.clear()

    @staticmethod
    def _fill_combo(combo: QComboBox, items: list[tuple[object, str]]) -> None:
        current = combo.currentData()
        combo.clear()
        for value, text in items:
            combo.addItem(text, value)
        if current is not None:
            combo.setCurrentIndex(max(0, combo.findData(current)))

    # -- one person after another --------------------------------------------------------------
    def signup(self) -> SignupInput:
        year = self.birth_year.value()
        return SignupInput(
            first_name=self.first_name.text(),
            last_name=self.last_name.text(),
            birth_year=year or None,
            email=self.email.text() or None,
            phone=self.phone.text() or None,
            role=Role(self.role.currentData()),
            offered=self.offered.text() or None,
            wanted=self.wanted.text() or None,
            availability=self.availability.text() or None,
            preferred_mode=Mode(self.mode.currentData()),
            language=self.language,
            consent_keep=self.consent_keep.isChecked(),
            consent_contact=self.consent_contact.isChecked(),
            consent_share=self.consent_share.isChecked(),
        )

    def submit(self) -> bool:
        try:
            self._kiosk.submit(self.signup(), self._event_id)
        except ValidationError as exc:
            lines = []
            for error in exc.errors:
                if error.field == "consent_keep":
                    lines.append(
                        self.tr("Please tick the first box: without it we cannot keep your form.")
                    )
                elif error.field == "email" and error.code == "required":
                    lines.append(self.tr("Please give an e-mail or a phone number."))
                else:
                    lines.append(field_error(error))
            self.problems.setText("\n".join(dict.fromkeys(lines)))
            return False
        self._clear()
        self.pages.setCurrentIndex(1)
        self.next_button.setFocus()
        self._timer.start(THANKS_MS)
        return True

    def _clear(self) -> None:
        for edit in (
            self.first_name,
            self.last_name,
            self.email,
            self.phone,
            self.offered,
            self.wanted,
            self.availability,
        ):
            edit.clear()
        self.birth_year.setValue(0)
        self.role.setCurrentIndex(0)
        self.mode.setCurrentIndex(0)
        for box in (self.consent_keep, self.consent_contact, self.consent_share):
            box.setChecked(False)
        self.problems.clear()

    def next_person(self) -> None:
        self._timer.stop()
        self.pages.setCurrentIndex(0)
        self.first_name.setFocus()

    # -- no way out without the PIN ------------------------------------------------------------
    def ask_to_leave(self) -> bool:
        dialog = PinDialog(False, self)
        dialog.setFont(self.font())
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return False
        return self.unlock(dialog.pin.text())

    def unlock(self, pin: str) -> bool:
        """Close the kiosk when ``pin`` is the one chosen; False otherwise."""
        if pin != self._pin:
            self.problems.setText(self.tr("That is not the PIN."))
            return False
        self._unlocked = True
        self.close()
        return True

    def unlock_without_pin(self) -> None:
        """Let the kiosk be closed (the screenshot command, which opened it itself)."""
        self._unlocked = True

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._unlocked:
            event.ignore()
            return
        self._restore_translators()
        super().closeEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            event.accept()  # Esc does not leave the kiosk
            return
        super().keyPressEvent(event)

    def _restore_translators(self) -> None:
        for translator in self._own:
            self._app.removeTranslator(translator)
            translator.deleteLater()
        self._own = []
        for translator in self._saved_translators:
            self._app.installTranslator(translator)
        QLocale.setDefault(self._saved_locale)


def start_kiosk(
    parent: QWidget,
    services: Services,
    language: str,
    app_translators: list[QTranslator],
    *,
    full_screen: bool = True,
) -> KioskWindow | None:
    """Ask the coordinator for a PIN, then open the kiosk (full screen); None when the PIN
    was not chosen."""
    dialog = PinDialog(True, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return open_kiosk(
        parent, services, dialog.pin.text(), language, app_translators, full_screen=full_screen
    )


def open_kiosk(
    parent: QWidget | None,
    services: Services,
    pin: str,
    language: str,
    app_translators: list[QTranslator],
    *,
    full_screen: bool = True,
) -> KioskWindow:
    window = KioskWindow(services, pin, language, parent=parent, app_translators=app_translators)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if full_screen:
        window.showFullScreen()
    else:
        window.resize(1366, 768)  # a common laptop screen
        window.show()
    window.first_name.setFocus()
    return window

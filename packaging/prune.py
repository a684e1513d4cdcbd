"""What the one-folder build leaves out, used by mentorat.spec (standard library only).

- ``keep_plugin``: Qt plugins the application loads (the xcb, Wayland and offscreen
  platforms, the JPEG and SVG image formats a logo or icon needs, printing, input methods,
  the desktop's file dialogs); not the embedded-device platforms (eglfs, linuxfb, VNC...),
  their input drivers, nor image formats no one opens.
- ``linux_binaries``: on Linux, the libraries every desktop has (X11 and xcb, GLib, fontconfig
  and FreeType, GTK's drawing stack, CUPS and what it links to, the C++ runtime...) are taken
  from the system rather than copied from the build machine, as AppImages do: an older copy
  beside the program could even clash with the newer one a theme or a printer driver loads.
  Then every library from the build machine that no kept binary links to any more (through
  the ELF ``DT_NEEDED`` entries) is left out too.
- ``folder_report``: the folder's size and its biggest files, printed after the build.
"""

from __future__ import annotations

import os
import re
import struct
from pathlib import Path

# Qt plugins left out, by file name without "lib" and extension (the same on every system).
UNUSED_PLUGINS = {
    # Embedded devices and remote framebuffers, not desktops.
    "qeglfs",
    "qlinuxfb",
    "qminimal",
    "qminimalegl",
    "qvnc",
    "qvkkhrdisplay",
    "qeglfs-emu-integration",
    "qeglfs-kms-egldevice-integration",
    "qeglfs-kms-integration",
    "qeglfs-x11-integration",
    # Their input drivers (a desktop gets its input through xcb or Wayland).
    "qevdevkeyboardplugin",
    "qevdevmouseplugin",
    "qevdevtabletplugin",
    "qevdevtouchplugin",
    "qtuiotouchplugin",
    "qlibinputplugin",
    # Image formats: a logo is PNG (built into Qt) or JPEG, the icons are SVG.
    "qgif",
    "qicns",
    "qico",
    "qtga",
    "qtiff",
    "qwbmp",
    "qwebp",
    "qpdf",
}
UNUSED_PLUGIN_FOLDERS = (
    "qml",
    "multimedia",
    "sqldrivers",
    "networkinformation",
    "tls",
    "egldeviceintegrations",
    "generic",
    "position",
    "sensors",
    "canbus",
    "texttospeech",
    "webview",
    "geometryloaders",
    "sceneparsers",
    "renderers",
    "assetimporters",
    "qmltooling",
)

# Libraries of the desktop itself, never copied from the build machine (file name up to
# ".so"). A desktop that shows windows has them; those that Qt's xcb platform needs and a
# bare system may lack (xcb-cursor, xcb-icccm, xkbcommon-x11...) stay in the folder.
DESKTOP_LIBRARIES = {
    # C and C++ runtimes, and the system's own basics.
    "libstdc++",
    "libgcc_s",
    "libz",
    "libexpat",
    "libuuid",
    "libselinux",
    "libmount",
    "libblkid",
    "libpcre2-8",
    "libsystemd",
    "libcap",
    "libgpg-error",
    "libgcrypt",
    "libzstd",
    "liblz4",
    # X11 and the core of xcb.
    "libX11",
    "libX11-xcb",
    "libxcb",
    "libXau",
    "libXdmcp",
    "libXext",
    "libXrender",
    "libxcb-render",
    "libxcb-shm",
    "libxcb-xfixes",
    "libxcb-randr",
    "libxcb-sync",
    "libxcb-glx",
    "libxcb-xkb",
    "libxcb-dri2",
    "libxcb-dri3",
    "libbsd",
    "libmd",
    # Fonts and text.
    "libfontconfig",
    "libfreetype",
    "libharfbuzz",
    "libgraphite2",
    "libfribidi",
    "libthai",
    "libdatrie",
    "libpng16",
    "libbrotlicommon",
    "libbrotlidec",
    # GLib and D-Bus.
    "libglib-2.0",
    "libgobject-2.0",
    "libgio-2.0",
    "libgmodule-2.0",
    "libgthread-2.0",
    "libdbus-1",
    # GTK's drawing stack (for Qt's GTK file dialogs: present wherever GTK is).
    "libgtk-3",
    "libgdk-3",
    "libcairo",
    "libcairo-gobject",
    "libpixman-1",
    "libpango-1.0",
    "libpangocairo-1.0",
    "libpangoft2-1.0",
    "libgdk_pixbuf-2.0",
    "libatk-1.0",
    "libatk-bridge-2.0",
    "libepoxy",
    "libjpeg",
    # Printing: CUPS and what it links to (Kerberos, GnuTLS, Avahi).
    "libcups",
    "libavahi-client",
    "libavahi-common",
    "libgnutls",
    "libp11-kit",
    "libtasn1",
    "libnettle",
    "libhogweed",
    "libgmp",
    "libidn2",
    "libunistring",
    "libgssapi_krb5",
    "libkrb5",
    "libk5crypto",
    "libkrb5support",
    "libcom_err",
    "libkeyutils",
    # Graphics drivers' side.
    "libdrm",
    "libgbm",
    "libwayland-client",
    "libwayland-cursor",
    "libwayland-egl",
}


def _stem(name: str) -> str:
    base = name.replace("\\", "/").rsplit("/", 1)[-1]
    base = base.split(".so", 1)[0].split(".dll", 1)[0].split(".dylib", 1)[0]
    return base.removeprefix("lib") if "/plugins/" in name.replace("\\", "/") else base


def keep_plugin(dest: str) -> bool:
    """Whether a file the build copies is kept, as far as Qt plugins go."""
    name = dest.replace("\\", "/")
    if "/plugins/" not in name:
        return True
    folder = name.split("/plugins/", 1)[1].split("/", 1)[0]
    if folder in UNUSED_PLUGIN_FOLDERS:
        return False
    base = name.rsplit("/", 1)[-1].split(".", 1)[0].removeprefix("lib")
    return base not in UNUSED_PLUGINS


def elf_needed(path: str) -> list[str]:
    """The DT_NEEDED entries of a 64-bit little-endian ELF file (its direct dependencies),
    or [] when it is not one."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError:
        return []
    if data[:4] != b"\x7fELF" or data[4] != 2 or data[5] != 1:
        return []
    (e_shoff,) = struct.unpack_from("<Q", data, 0x28)
    e_shentsize, e_shnum = struct.unpack_from("<HH", data, 0x3A)
    sections = [
        struct.unpack_from("<IIQQQQIIQQ", data, e_shoff + k * e_shentsize) for k in range(e_shnum)
    ]
    needed: list[str] = []
    for _name, kind, _flags, _addr, offset, size, link, _info, _align, entsize in sections:
        if kind != 6:  # SHT_DYNAMIC
            continue
        strtab = sections[link]
        str_offset = strtab[4]
        for k in range(size // (entsize or 16)):
            tag, value = struct.unpack_from("<qQ", data, offset + k * 16)
            if tag == 0:
                break
            if tag == 1:  # DT_NEEDED
                end = data.index(b"\0", str_offset + value)
                needed.append(data[str_offset + value : end].decode())
    return needed


def _from_system(name: str, source: str, kind: str, site: tuple[str, ...]) -> bool:
    """A shared library the build took from the build machine's system, not from a package:
    never Python itself nor one of its modules (a Python installed by the system lives
    there too), which are loaded by name, not linked to."""
    source = os.path.realpath(source)
    if kind != "BINARY" or not name.startswith("lib") or name.startswith("libpython"):
        return False
    if "/python3" in source or any(source.startswith(s) for s in site):
        return False
    return source.startswith(("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/"))


def linux_binaries(binaries: list, site: tuple[str, ...]) -> tuple[list, list[str]]:
    """The binaries to copy, and the names of the libraries left out (the system's, and
    Qt's that nothing kept links to).

    ``binaries`` are PyInstaller's (destination, source, kind) entries, already without the
    unused plugins; ``site`` the folders packages are installed in."""
    entries = {
        dest.replace("\\", "/").rsplit("/", 1)[-1]: (src, kind) for dest, src, kind in binaries
    }
    system = {name for name, (src, kind) in entries.items() if _from_system(name, src, kind, site)}
    desktop = {name for name in system if name.split(".so", 1)[0] in DESKTOP_LIBRARIES}
    # Qt's own libraries are linked to by the Python modules and plugins that need them:
    # those of the plugins left out (eglfs) and of the modules not imported (QtNetwork) go.
    qt = {name for name in entries if re.match(r"libQt6\w+\.so", name)}
    # Everything else that does not come from the system is kept, and so is what it links
    # to, except the desktop's own libraries.
    reached: set[str] = set()
    todo = [name for name in entries if name not in system and name not in qt]
    while todo:
        name = todo.pop()
        if name in reached:
            continue
        reached.add(name)
        for dependency in elf_needed(entries[name][0]):
            if dependency in entries and dependency not in desktop and dependency not in reached:
                todo.append(dependency)
    kept = [e for e in binaries if e[0].replace("\\", "/").rsplit("/", 1)[-1] in reached]
    left_out = sorted(set(entries) - reached)
    return kept, left_out


def folder_report(folder: Path, biggest: int = 12) -> tuple[int, list[tuple[int, str]]]:
    """The folder's size in bytes (files, links not followed) and its biggest files."""
    sizes = [
        (f.stat().st_size, str(f.relative_to(folder)))
        for f in folder.rglob("*")
        if f.is_file() and not f.is_symlink()
    ]
    sizes.sort(reverse=True)
    return sum(s for s, _ in sizes), sizes[:biggest]


def restore_vendored(binaries: list, internal: Path) -> list[str]:
    """Put back, unstripped, the libraries that packages carry in their own ``NAME.libs``
    folder (auditwheel's copies, already stripped, their headers rewritten by patchelf):
    ``strip`` run on them again leaves numpy's OpenBLAS unloadable ("ELF load command
    address/offset not page-aligned"), and numpy with it. Returns their names."""
    import shutil

    restored = []
    for dest, src, _kind in binaries:
        name = dest.replace("\\", "/")
        folder = name.rsplit("/", 1)[0] if "/" in name else ""
        if folder.endswith(".libs") and (internal / name).exists():
            target = internal / name
            target.unlink()
            shutil.copy2(src, target)
            restored.append(name)
    return restored

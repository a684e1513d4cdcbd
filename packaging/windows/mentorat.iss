; Inno Setup script for Mentorat on Windows: a per-user installation (no administrator
; rights), a Start-menu entry, French and English, and an uninstaller that keeps the data.
;
; Build (on Windows, after `python tasks.py package` has made dist\mentorat-desktop):
;     iscc packaging\windows\mentorat.iss
; The installer is written to dist\Mentorat-<version>-setup.exe.
; Not run on the machines this project is developed on (no Windows there): CI builds it
; (.github/workflows/package.yml).

#define AppName "Mentorat"
#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{5B8E2A61-3C1F-4F0B-9D43-6A2E1C7B9F10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Mentorat
DefaultDirName={userpf}\{#AppName}
DefaultGroupName={#AppName}
; Installed for the current user only: no administrator rights asked.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=Mentorat-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\mentorat.ico
UninstallDisplayIcon={app}\mentorat-desktop.exe
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
fr.DesktopIcon=Créer un raccourci sur le Bureau
en.DesktopIcon=Create a shortcut on the desktop
fr.DataKept=Vos données (membres, binômes, sauvegardes) restent dans votre dossier AppData\Local\Mentorat : la désinstallation ne les efface pas.
en.DataKept=Your data (members, pairs, backups) stays in your AppData\Local\Mentorat folder: uninstalling does not delete it.

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: unchecked

[Files]
Source: "..\..\dist\mentorat-desktop\*"; DestDir: "{app}"; Flags: recursesubdirs ignoreversion

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\mentorat-desktop.exe"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\mentorat-desktop.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\mentorat-desktop.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; Only the program's own folder is removed: the data folder (AppData\Local\Mentorat) is
; never listed here, so an uninstall keeps every member, pair and backup.
[UninstallDelete]
Type: filesandordirs; Name: "{app}\_internal"

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
begin
  if CurUninstallStep = usPostUninstall then
    MsgBox(ExpandConstant('{cm:DataKept}'), mbInformation, MB_OK);
end;

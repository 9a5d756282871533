; Inno Setup script for Nurse Desk on Windows: a per-user install that needs no administrator.
;
; Build on Windows, from the repository root:
;   python -m venv .venv && .venv\Scripts\pip install -e ".[test]"
;   .venv\Scripts\python installers\build_bundle.py     (dist\nurse-desk\ and dist\version.iss)
;   iscc installers\windows\nurse-desk.iss               (dist\nurse-desk-VERSION-setup.exe)
;
; Installs into %LOCALAPPDATA%\Programs\Nurse Desk with a Start-menu entry and an uninstaller.
; The vault is NOT in that folder: it lives in the user's data folder, %LOCALAPPDATA%\NurseDesk
; (nurse_desk/services/vault_access.py default_vault_path), or wherever the nurse chose. Inno
; Setup's uninstaller removes only the files it installed, and this script never names the data
; folder, so uninstalling (or installing a new version over the old one) never removes a vault or
; a backup.

; The version comes from nurse_desk/__init__.py, written here by build_bundle.py.
#include "..\..\dist\version.iss"

[Setup]
; Never change AppId: Windows recognises updates and the uninstaller by it.
AppId={{6C1D5B5E-2F4A-4C1B-9E1B-6E0F3B8A7D21}
AppName=Nurse Desk
AppVersion={#AppVersion}
AppVerName=Nurse Desk {#AppVersion}
AppPublisher=Nurse Desk developers
; Per user, without administrator rights: {autopf} is then %LOCALAPPDATA%\Programs.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
DefaultDirName={autopf}\Nurse Desk
DefaultGroupName=Nurse Desk
DisableProgramGroupPage=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SourceDir=..\..
OutputDir=dist
OutputBaseFilename=nurse-desk-{#AppVersion}-setup
SetupIconFile=build\icons\nurse-desk.ico
UninstallDisplayIcon={app}\nurse-desk.exe
UninstallDisplayName=Nurse Desk
LicenseFile=LICENSE
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Nurse Desk must be closed to be updated or removed; the Restart Manager asks for that.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "norwegian"; MessagesFile: "compiler:Languages\Norwegian.isl"
; Recent Inno Setup releases ship Swedish among the official languages, older ones among the
; unofficial ones.
#if FileExists(CompilerPath + "Languages\Swedish.isl")
Name: "swedish"; MessagesFile: "compiler:Languages\Swedish.isl"
#elif FileExists(CompilerPath + "Languages\Unofficial\Swedish.isl")
Name: "swedish"; MessagesFile: "compiler:Languages\Unofficial\Swedish.isl"
#endif

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle: nurse-desk.exe (the window), nurse-desk-cli.exe (the commands for
; scripts and checks) and _internal\.
Source: "dist\nurse-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An update replaces the program's own files wholesale, so none of an older version is left.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\Nurse Desk"; Filename: "{app}\nurse-desk.exe"; Comment: "Encrypted, offline desk for school health nurses"
Name: "{autodesktop}\Nurse Desk"; Filename: "{app}\nurse-desk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\nurse-desk.exe"; Description: "{cm:LaunchProgram,Nurse Desk}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] section: the uninstaller removes what [Files] installed and nothing else,
; never %LOCALAPPDATA%\NurseDesk (the vault) nor the app's settings in the registry.

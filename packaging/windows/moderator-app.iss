; Inno Setup script (UTF-8 with a byte-order mark, which Inno Setup 6 needs to read Vietnamese): a per-user installer (no administrator rights) with a Start-menu shortcut.
; Build the one-folder program first (`pyinstaller packaging/moderator-app.spec` on Windows, which
; leaves dist\moderator-app\), then compile this script with ISCC.exe:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\windows\moderator-app.iss

#define AppName "Digital Trust Moderator"
#define AppVersion "0.1.0"
#define AppExe "moderator-app.exe"

[Setup]
AppId={{7B1C2E9A-5D4F-4C3B-9E0A-6A1F2B3C4D5E}
AppName={cm:AppTitle}
AppVersion={#AppVersion}
AppPublisher=Niềm tin số
DefaultDirName={localappdata}\Programs\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename=moderator-app-{#AppVersion}-setup
SetupIconFile=moderator-app.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "vietnamese"; MessagesFile: "compiler:Languages\Vietnamese.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
vietnamese.AppTitle=Tự giám sát Niềm tin số
english.AppTitle=Digital Trust Moderator

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\moderator-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{cm:AppTitle}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{cm:AppTitle}}"; Filename: "{uninstallexe}"
Name: "{userdesktop}\{cm:AppTitle}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{cm:AppTitle}}"; Flags: nowait postinstall skipifsilent

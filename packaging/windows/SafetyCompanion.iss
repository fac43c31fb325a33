; Inno Setup 6 script: the Windows installer (SafetyCompanion-VERSION-setup.exe).
; Build on Windows after `pyinstaller build.spec` has made dist\SafetyCompanion\:
;   iscc /DAppVersion=0.1.0 packaging\windows\SafetyCompanion.iss
;
; By default it installs for the current user only, with no administrator rights, into
; %LOCALAPPDATA%\Programs\Safety Companion ({autopf} in non-administrative install mode).
; IT staff can install for every user of the machine instead: choose "Install for all users" in the
; first dialog, or run it silently with
;   SafetyCompanion-0.1.0-setup.exe /ALLUSERS /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; (For deployment tools that want an MSI, see SafetyCompanion.wxs.)
;
; Uninstalling removes the program only. Each user's notes are never removed by the uninstaller:
; they may be the only record of what happened. The app's Settings page shows where they are.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z SafetyCompanion.iss
#endif
#define AppName "Safety Companion"
#define AppExe "SafetyCompanion.exe"
#define SourceDir "..\..\dist\SafetyCompanion"

[Setup]
; A fixed AppId keeps upgrades and uninstalls tied to this app (never change it).
AppId={{6F0B7C52-3E1A-4C39-9D55-2B8E7A61C0D4}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=Safety Companion developers
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
UsePreviousPrivileges=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=SafetyCompanion-{#AppVersion}-setup
SetupIconFile=..\icons\safetycompanion.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Nothing to download, no reboot, no running apps to close except our own.
CloseApplications=yes
RestartApplications=no

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "polish"; MessagesFile: "compiler:Languages\Polish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

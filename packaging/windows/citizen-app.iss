; Inno Setup 6.5+ recipe: installs the one-folder bundle (dist\citizen-app, built on Windows as
; packaging\windows\README.md says) for every user of the machine.
;
;   Program:      C:\Program Files\Municipal e-services\  (citizen-app.exe, _internal\, notices)
;   Site config:  C:\ProgramData\municipal-eservices\site.toml  (platformdirs' site_config_path
;                 on Windows: CSIDL_COMMON_APPDATA\municipal-eservices). A commented example is
;                 installed only when none exists, and uninstalling leaves it in place.
;   Start menu:   the app; optionally a kiosk shortcut and a kiosk start at every sign-in.
;
; Build:  ISCC.exe /DAppVersion=0.2.0 packaging\windows\citizen-app.iss
; Output: dist\municipal-eservices-0.2.0-setup.exe
; NOT built or tested by this project's CI (no Windows there): check it on a Windows machine.
; Saved as UTF-8 with a byte-order mark, so that ISCC reads the Arabic names correctly.

#ifndef AppVersion
  #error Give the version: ISCC.exe /DAppVersion=0.2.0 packaging\windows\citizen-app.iss
#endif
#define Root "..\.."
#define Exe "citizen-app.exe"

[Setup]
; The AppId identifies the app for upgrades and uninstall: never change it.
AppId={{6B1F0C52-3D7E-4E0B-9A51-2C7D5E8F4A13}
AppName=Municipal e-services
AppVersion={#AppVersion}
AppPublisher=Municipal e-services
DefaultDirName={autopf}\Municipal e-services
DefaultGroupName=Municipal e-services
DisableProgramGroupPage=yes
; Per machine: Program Files and ProgramData need an administrator.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
LicenseFile={#Root}\LICENSE
SetupIconFile={#Root}\resources\icons\citizen-app.ico
UninstallDisplayIcon={app}\{#Exe}
UninstallDisplayName=Municipal e-services
OutputDir={#Root}\dist
OutputBaseFilename=municipal-eservices-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ShowLanguageDialog=auto

[Languages]
; Arabic.isl ships with Inno Setup 6.5 and later (earlier: https://jrsoftware.org/files/istrans/).
Name: "ar"; MessagesFile: "compiler:Languages\Arabic.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"

[CustomMessages]
ar.AppName=الخدمات البلدية الإلكترونية
en.AppName=Municipal e-services
fr.AppName=Services municipaux en ligne
ar.KioskName=الخدمات البلدية الإلكترونية (كشك)
en.KioskName=Municipal e-services (kiosk)
fr.KioskName=Services municipaux en ligne (borne)
ar.KioskShortcut=اختصار في قائمة ابدأ لوضع الكشك (قاعة الخدمة العامة)
en.KioskShortcut=Start-menu shortcut for kiosk mode (public service hall)
fr.KioskShortcut=Raccourci du menu Démarrer pour le mode borne (hall d'accueil)
ar.KioskAutostart=تشغيل وضع الكشك عند دخول أي مستخدم إلى هذا الجهاز
en.KioskAutostart=Start kiosk mode whenever anyone signs in to this machine
fr.KioskAutostart=Lancer le mode borne à chaque ouverture de session sur cette machine
ar.SiteConfig=إعدادات الموقع (لقسم تكنولوجيا المعلومات)
en.SiteConfig=Site configuration (IT staff)
fr.SiteConfig=Configuration du site (service informatique)
ar.Notices=برمجيات الأطراف الأخرى وتراخيصها
en.Notices=Third-party software and licences
fr.Notices=Logiciels tiers et licences

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "kiosk"; Description: "{cm:KioskShortcut}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "kiosk\autostart"; Description: "{cm:KioskAutostart}"; Flags: unchecked

[Files]
; The whole bundle, as built: a one-folder bundle keeps Qt's DLLs replaceable (LGPL).
Source: "{#Root}\dist\citizen-app\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs
; The site configuration: an example the first time only, kept on upgrade and uninstall.
Source: "{#Root}\packaging\site.toml"; DestDir: "{commonappdata}\municipal-eservices"; Flags: onlyifdoesntexist uninsneveruninstall

[Dirs]
; Inherits ProgramData's rights: everyone reads, administrators change. Keep it that way, so
; that no user can point the app at another server.
Name: "{commonappdata}\municipal-eservices"; Flags: uninsneveruninstall

[Icons]
Name: "{autoprograms}\{cm:AppName}"; Filename: "{app}\{#Exe}"; WorkingDir: "{app}"
Name: "{autoprograms}\{cm:KioskName}"; Filename: "{app}\{#Exe}"; Parameters: "--kiosk"; WorkingDir: "{app}"; Tasks: kiosk
Name: "{commonstartup}\{cm:KioskName}"; Filename: "{app}\{#Exe}"; Parameters: "--kiosk"; WorkingDir: "{app}"; Tasks: kiosk\autostart
Name: "{autoprograms}\{cm:AppName} - {cm:SiteConfig}"; Filename: "{commonappdata}\municipal-eservices"
Name: "{autoprograms}\{cm:AppName} - {cm:Notices}"; Filename: "{app}\THIRD_PARTY_NOTICES\README.txt"
Name: "{autodesktop}\{cm:AppName}"; Filename: "{app}\{#Exe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#Exe}"; Description: "{cm:LaunchProgram,{cm:AppName}}"; Flags: nowait postinstall skipifsilent

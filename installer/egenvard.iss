; Egenvårdsstöd – per-user installer (Inno Setup 6). No administrator rights: installs into the
; user's own programs folder (%LOCALAPPDATA%\Programs), registers .egvb for this user only.
; Built by installer/build.py: ISCC /DAppVersion=… /DSourceDir=<frozen app folder> installer\egenvard.iss
; Saved as UTF-8 with BOM, as Inno Setup needs for å, ä and ö.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\build\dist\Egenvardsstod"
#endif
#define AppName "Egenvårdsstöd"
#define AppExe "Egenvårdsstöd.exe"
; Where the app keeps the database, key file, backups and settings (platformdirs, app/paths.py).
#define DataDir "{localappdata}\Egenvardsstod"

[Setup]
; The same AppId across versions: a new installer upgrades in place.
AppId={{6D0E3B52-8A4F-4C1B-9E27-5F3A1C8B7D94}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
; /CURRENTUSER (the default) or /ALLUSERS for an IT department, on the command line only.
PrivilegesRequiredOverridesAllowed=commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputBaseFilename=Egenvardsstod-{#AppVersion}-setup
SetupIconFile=..\resources\icons\egenvard.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
CloseApplications=yes
ShowLanguageDialog=auto

[Languages]
; Inno Setup ships no official Swedish: English underneath, our Swedish over the pages a user sees.
Name: "swedish"; MessagesFile: "compiler:Default.isl,Swedish.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
swedish.LaunchProgram=Starta %1
swedish.DesktopIcon=Skapa en genväg på &skrivbordet
english.DesktopIcon=Create a &desktop shortcut
swedish.Shortcuts=Genvägar:
english.Shortcuts=Shortcuts:
swedish.BundleType=Egenvårdsstöd utbytespaket
english.BundleType=Egenvårdsstöd exchange bundle
swedish.RemoveData=Ta också bort databasen, nyckelfilen, säkerhetskopiorna och inställningarna i%n%1?%n%nVälj Nej om du vill behålla dem (till exempel för att installera igen).
english.RemoveData=Also delete the database, key file, backups and settings in%n%1?%n%nChoose No to keep them (for example to install again).

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; GroupDescription: "{cm:Shortcuts}"; Flags: unchecked

[InstallDelete]
; An upgrade replaces the program's own files; the data folder is elsewhere and never touched.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .egvb for this user (HKA is HKCU in a per-user install): a double-click opens the import wizard.
Root: HKA; Subkey: "Software\Classes\.egvb"; ValueType: string; ValueName: ""; ValueData: "Egenvardsstod.Bundle"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\Egenvardsstod.Bundle"; ValueType: string; ValueName: ""; ValueData: "{cm:BundleType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Egenvardsstod.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\Egenvardsstod.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[Code]
// Uninstalling keeps the user's data unless she says otherwise; a silent uninstall never asks
// and so never deletes it.
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Data: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    Data := ExpandConstant('{#DataDir}');
    if (not UninstallSilent) and DirExists(Data) then
      if MsgBox(FmtMessage(CustomMessage('RemoveData'), [Data]), mbConfirmation, MB_YESNO or MB_DEFBUTTON2) = IDYES then
        DelTree(Data, True, True, True);
  end;
end;

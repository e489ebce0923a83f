; Swedish for the installer pages a user of Egenvårdsstöd sees, over Inno Setup's English
; Default.isl (which fills in every message not here). Our own wording; UTF-8 with BOM.

[LangOptions]
LanguageName=Svenska
LanguageID=$041D
LanguageCodePage=0

[Messages]
SetupAppTitle=Installation
SetupWindowTitle=Installation – %1
UninstallAppTitle=Avinstallation
UninstallAppFullTitle=Avinstallera %1
ButtonBack=< &Tillbaka
ButtonNext=&Nästa >
ButtonInstall=&Installera
ButtonOK=OK
ButtonCancel=Avbryt
ButtonYes=&Ja
ButtonYesToAll=Ja till &alla
ButtonNo=&Nej
ButtonNoToAll=N&ej till alla
ButtonFinish=&Slutför
ButtonBrowse=&Bläddra...
ButtonWizardBrowse=B&läddra...
ButtonNewFolder=&Skapa ny mapp
SelectLanguageTitle=Välj språk för installationen
SelectLanguageLabel=Välj det språk som ska användas under installationen.
ExitSetupTitle=Avsluta installationen
ExitSetupMessage=Installationen är inte klar. Om du avslutar nu installeras inte programmet.%n%nDu kan köra installationen igen senare.%n%nVill du avsluta?
WelcomeLabel1=Välkommen till installationen av [name]
WelcomeLabel2=[name/ver] installeras nu på den här datorn, bara för dig. Inga administratörsrättigheter behövs.%n%nStäng andra program innan du fortsätter.
WizardSelectDir=Välj installationsplats
SelectDirDesc=Var ska [name] installeras?
SelectDirLabel3=[name] installeras i följande mapp.
SelectDirBrowseLabel=Klicka på Nästa för att fortsätta. Klicka på Bläddra om du vill välja en annan mapp.
DiskSpaceGBLabel=Minst [gb] GB ledigt utrymme behövs.
DiskSpaceMBLabel=Minst [mb] MB ledigt utrymme behövs.
WizardSelectTasks=Välj extra uppgifter
SelectTasksDesc=Vad mer ska göras?
SelectTasksLabel2=Välj vad installationen ska göra utöver att installera [name], och klicka sedan på Nästa.
WizardReady=Klar att installera
ReadyLabel1=[name] är klart att installeras på datorn.
ReadyLabel2a=Klicka på Installera för att fortsätta, eller på Tillbaka för att ändra något.
ReadyLabel2b=Klicka på Installera för att fortsätta.
ReadyMemoDir=Installationsplats:
ReadyMemoTasks=Extra uppgifter:
WizardPreparing=Förbereder installationen
WizardInstalling=Installerar
InstallingLabel=Vänta medan [name] installeras på datorn.
StatusExtractFiles=Packar upp filer...
StatusCreateIcons=Skapar genvägar...
StatusCreateRegistryEntries=Skriver registerposter...
StatusRollback=Återställer ändringarna...
FinishedHeadingLabel=Installationen av [name] är klar
FinishedLabelNoIcons=[name] är installerat på datorn.
FinishedLabel=[name] är installerat på datorn. Starta det från Start-menyn.
ClickFinish=Klicka på Slutför för att avsluta installationen.
ConfirmUninstall=Vill du ta bort %1 och alla dess programfiler?
UninstallStatusLabel=Vänta medan %1 tas bort från datorn.
UninstalledAll=%1 är borttaget från datorn.
UninstalledMost=%1 är borttaget.%n%nNågra filer kunde inte tas bort; du kan ta bort dem själv.
SetupAborted=Installationen blev inte klar.%n%nRätta felet och kör installationen igen.

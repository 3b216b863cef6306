<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Gpsi::AuthProbe</name>
    <message>
        <location filename="../app/probes/authprobe.cpp" line="39"/>
        <source>major %1</source>
        <translation>Major-Status %1</translation>
    </message>
    <message>
        <location filename="../app/probes/authprobe.cpp" line="43"/>
        <source>, minor %1</source>
        <translation>, Minor-Status %1</translation>
    </message>
</context>
<context>
    <name>Gpsi::Case</name>
    <message>
        <location filename="../app/engine/case.cpp" line="100"/>
        <source>not a GPSI Doctor case file (missing &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>keine GPSI-Doctor-Falldatei (&quot;format&quot;: &quot;%1&quot; fehlt)</translation>
    </message>
    <message>
        <location filename="../app/engine/case.cpp" line="106"/>
        <source>case file format version %1 is not supported (this build reads up to %2)</source>
        <translation>Version %1 des Falldateiformats wird nicht unterstützt (dieser Build liest bis Version %2)</translation>
    </message>
    <message>
        <location filename="../app/engine/case.cpp" line="114"/>
        <location filename="../app/engine/case.cpp" line="125"/>
        <source>&quot;packagePaths&quot; must be a list of strings</source>
        <translation>&quot;packagePaths&quot; muss eine Liste von Zeichenfolgen sein</translation>
    </message>
    <message>
        <location filename="../app/engine/case.cpp" line="151"/>
        <location filename="../app/engine/case.cpp" line="157"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/engine/case.cpp" line="169"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/engine/case.cpp" line="174"/>
        <source>%1 is too large to be a case file</source>
        <translation>%1 ist zu groß für eine Falldatei</translation>
    </message>
    <message>
        <location filename="../app/engine/case.cpp" line="181"/>
        <source>%1 is not valid JSON (offset %2: %3)</source>
        <translation>%1 ist kein gültiges JSON (Offset %2: %3)</translation>
    </message>
    <message>
        <location filename="../app/engine/case.cpp" line="190"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Gpsi::CheckStatus</name>
    <message>
        <location filename="../app/engine/checkresult.cpp" line="33"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location filename="../app/engine/checkresult.cpp" line="35"/>
        <source>Running</source>
        <translation>Wird ausgeführt</translation>
    </message>
    <message>
        <location filename="../app/engine/checkresult.cpp" line="37"/>
        <source>Pass</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../app/engine/checkresult.cpp" line="39"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../app/engine/checkresult.cpp" line="41"/>
        <source>Fail</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/engine/checkresult.cpp" line="43"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../app/engine/checkresult.cpp" line="45"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>Gpsi::ChecksPage</name>
    <message>
        <location filename="../ui/checkspage.cpp" line="34"/>
        <location filename="../ui/checkspage.cpp" line="134"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="35"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="73"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="74"/>
        <source>GPSI Doctor examines each package path. Select a check to see its evidence.</source>
        <translation>GPSI Doctor untersucht jeden Paketpfad. Wählen Sie eine Prüfung aus, um ihre Belege anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="79"/>
        <source>Checks and their results</source>
        <translation>Prüfungen und ihre Ergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="81"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="81"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="81"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="81"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="82"/>
        <source>Check result columns</source>
        <translation>Spalten der Prüfergebnisse</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="93"/>
        <source>C&amp;hecks:</source>
        <translation>&amp;Prüfungen:</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="98"/>
        <source>Evidence of the selected check</source>
        <translation>Belege der ausgewählten Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="102"/>
        <source>Select a check to see its evidence.</source>
        <translation>Wählen Sie eine Prüfung aus, um ihre Belege anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="103"/>
        <source>E&amp;vidence of the selected check:</source>
        <translation>&amp;Belege der ausgewählten Prüfung:</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="126"/>
        <source>Progress of the checks</source>
        <translation>Fortschritt der Prüfungen</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="129"/>
        <source>%v of %m checks</source>
        <translation>%v von %m Prüfungen</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="134"/>
        <location filename="../ui/checkspage.cpp" line="423"/>
        <source>Elapsed: %1</source>
        <translation>Verstrichen: %1</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="138"/>
        <source>&amp;Cancel checks</source>
        <translation>Prüfungen &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="140"/>
        <source>Cancel the checks</source>
        <translation>Prüfungen abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="141"/>
        <source>Stop the checks that are still running (Alt+C)</source>
        <translation>Noch laufende Prüfungen beenden (Alt+A)</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="143"/>
        <source>&amp;Re-run checks</source>
        <translation>Prüfungen &amp;erneut ausführen</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="145"/>
        <source>Re-run the checks</source>
        <translation>Prüfungen erneut ausführen</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="146"/>
        <source>Run all checks again (Alt+R or F5)</source>
        <translation>Alle Prüfungen erneut ausführen (Alt+E oder F5)</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="239"/>
        <source>Running the checks…</source>
        <translation>Prüfungen werden ausgeführt…</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="257"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="272"/>
        <source>Whole case</source>
        <translation>Gesamter Fall</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/checkspage.cpp" line="353"/>
        <source>%n passed</source>
        <translation>
            <numerusform>%n bestanden</numerusform>
            <numerusform>%n bestanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/checkspage.cpp" line="354"/>
        <source>%n with warnings</source>
        <translation>
            <numerusform>%n mit Warnung</numerusform>
            <numerusform>%n mit Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/checkspage.cpp" line="355"/>
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/checkspage.cpp" line="356"/>
        <source>%n could not complete</source>
        <translation>
            <numerusform>%n nicht abgeschlossen</numerusform>
            <numerusform>%n nicht abgeschlossen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/checkspage.cpp" line="357"/>
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="359"/>
        <source>no checks ran</source>
        <translation>keine Prüfungen ausgeführt</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="362"/>
        <source>Cancelled after %1: %2. Re-run the checks for a complete diagnosis, or go on with what was found.</source>
        <translation>Abgebrochen nach %1: %2. Führen Sie die Prüfungen erneut aus, um eine vollständige Diagnose zu erhalten, oder fahren Sie mit den bisherigen Ergebnissen fort.</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="365"/>
        <source>Finished in %1: %2. Click Next for the diagnosis.</source>
        <translation>Abgeschlossen in %1: %2. Klicken Sie auf „Weiter“, um die Diagnose anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="399"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="401"/>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="405"/>
        <source>Evidence:</source>
        <translation>Belege:</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="410"/>
        <source>Facts established:</source>
        <translation>Ermittelte Fakten:</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.cpp" line="412"/>
        <source>  %1 = %2</source>
        <translation>  %1 = %2</translation>
    </message>
</context>
<context>
    <name>Gpsi::CollapsibleSection</name>
    <message>
        <location filename="../ui/collapsiblesection.cpp" line="176"/>
        <source>Hide details: %1</source>
        <translation>Details ausblenden: %1</translation>
    </message>
    <message>
        <location filename="../ui/collapsiblesection.cpp" line="177"/>
        <source>Show details: %1</source>
        <translation>Details anzeigen: %1</translation>
    </message>
    <message>
        <location filename="../ui/collapsiblesection.cpp" line="178"/>
        <source>Hide details</source>
        <translation>Details ausblenden</translation>
    </message>
    <message>
        <location filename="../ui/collapsiblesection.cpp" line="178"/>
        <source>Show details</source>
        <translation>Details anzeigen</translation>
    </message>
</context>
<context>
    <name>Gpsi::CommandLine</name>
    <message>
        <location filename="../app/cli/commandline.cpp" line="74"/>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (commands: diagnose, list-checks, demo, help)</source>
        <translation type="vanished">unbekannter Befehl &quot;%1&quot; (Befehle: diagnose, list-checks, demo, help)</translation>
    </message>
    <message>
        <source>--package, --events, --case, --save-case, --timeout and --resolve belong to the diagnose command: gpsi-doctor diagnose --package PATH</source>
        <translation type="vanished">--package, --events, --case, --save-case, --timeout und --resolve gehören zum Befehl diagnose: gpsi-doctor diagnose --package PFAD</translation>
    </message>
    <message>
        <source>--package, --events, --case, --save-case, --timeout, --resolve, --smb-port and --nbss-port belong to the diagnose command: gpsi-doctor diagnose --package PATH</source>
        <translation type="vanished">--package, --events, --case, --save-case, --timeout, --resolve, --smb-port und --nbss-port gehören zum Befehl diagnose: gpsi-doctor diagnose --package PFAD</translation>
    </message>
    <message>
        <source>--package, --events, --case, --save-case, --timeout, --resolve, --smb-port, --nbss-port, --keytab and --keytab-principal belong to the diagnose command: gpsi-doctor diagnose --package PATH</source>
        <translation type="vanished">--package, --events, --case, --save-case, --timeout, --resolve, --smb-port, --nbss-port, --keytab und --keytab-principal gehören zum Befehl diagnose: gpsi-doctor diagnose --package PFAD</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="83"/>
        <source>dump-events needs exactly one event log: gpsi-doctor dump-events FILE [--format jsonl|xml] [--ids 102,108,1000]</source>
        <translation>dump-events benötigt genau ein Ereignisprotokoll: gpsi-doctor dump-events DATEI [--format jsonl|xml] [--ids 102,108,1000]</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="90"/>
        <source>scan-events needs at least one file or folder: gpsi-doctor scan-events [--recursive] PATH...</source>
        <translation>scan-events benötigt mindestens eine Datei oder einen Ordner: gpsi-doctor scan-events [--recursive] PFAD...</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="103"/>
        <source>unknown command &quot;%1&quot; (commands: diagnose, dump-events, scan-events, list-checks, demo, help)</source>
        <translation>unbekannter Befehl &quot;%1&quot; (Befehle: diagnose, dump-events, scan-events, list-checks, demo, help)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="127"/>
        <source>--package, --events, --live-events, --case, --save-case, --timeout, --resolve, --smb-port, --nbss-port, --keytab and --keytab-principal belong to the diagnose command: gpsi-doctor diagnose --package PATH</source>
        <translation>--package, --events, --live-events, --case, --save-case, --timeout, --resolve, --smb-port, --nbss-port, --keytab und --keytab-principal gehören zum Befehl diagnose: gpsi-doctor diagnose --package PFAD</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="133"/>
        <source>--ids belongs to the dump-events command</source>
        <translation>--ids gehört zum Befehl dump-events</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="137"/>
        <source>--recursive belongs to the scan-events command</source>
        <translation>--recursive gehört zum Befehl scan-events</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="147"/>
        <source>--ids needs event IDs from 0 to 65535 separated by commas, not &quot;%1&quot;</source>
        <translation>--ids benötigt durch Kommas getrennte Ereignis-IDs zwischen 0 und 65535, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="154"/>
        <source>--ids needs event IDs separated by commas, for example 102,108,1000</source>
        <translation>--ids benötigt durch Kommas getrennte Ereignis-IDs, zum Beispiel 102,108,1000</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="158"/>
        <source>--keytab needs a file name (for example /etc/krb5.keytab)</source>
        <translation>--keytab benötigt einen Dateinamen (zum Beispiel /etc/krb5.keytab)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="162"/>
        <source>--keytab-principal needs --keytab FILE</source>
        <translation>--keytab-principal benötigt --keytab DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="169"/>
        <source>--timeout needs a whole number of seconds from 1 to 3600, not &quot;%1&quot;</source>
        <translation>--timeout benötigt eine ganze Zahl von Sekunden zwischen 1 und 3600, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="179"/>
        <source>dump-events --format must be jsonl or xml, not &quot;%1&quot;</source>
        <translation>dump-events --format muss jsonl oder xml sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="186"/>
        <source>--format must be text, json, html or pdf, not &quot;%1&quot;</source>
        <translation>--format muss text, json, html oder pdf sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="196"/>
        <source>--page-size must be A4 or Letter, not &quot;%1&quot;</source>
        <translation>--page-size muss A4 oder Letter sein, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="207"/>
        <source>--%1 needs a port number from 1 to 65535, not &quot;%2&quot;</source>
        <translation>--%1 benötigt eine Portnummer zwischen 1 und 65535, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="217"/>
        <source>--resolve needs HOST=ADDRESS with an IP address, not &quot;%1&quot;</source>
        <translation>--resolve benötigt HOST=ADRESSE mit einer IP-Adresse, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="223"/>
        <source>scan-events --format must be text, json or html</source>
        <translation>scan-events --format muss text, json oder html sein</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="228"/>
        <source>diagnose needs --package PATH, --events FILE (the package paths its events name are checked) or --case FILE</source>
        <translation>diagnose benötigt --package PFAD, --events DATEI (die Paketpfade, die die Ereignisse nennen, werden geprüft) oder --case DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="243"/>
        <source>GPSI Doctor %1 - finds why Group Policy software installation fails (KB 323304 and related causes).

Usage:
  gpsi-doctor                      open the wizard
  gpsi-doctor --demo               open the wizard on the built-in demo scenario
                                   (without a display: run it and write the report)
  gpsi-doctor diagnose --package PATH [options]
                                   run every check without a GUI and print the report
  gpsi-doctor dump-events FILE [--format jsonl|xml] [--ids 102,108,1000]
                                   print every record of an event log (or the
                                   matching ones), one per line in jsonl
  gpsi-doctor scan-events [--recursive] PATH... [--format text|json|html]
                                   read many event logs (a folder of exports from
                                   many clients) and summarise the fleet
  gpsi-doctor --list-checks        list the check modules and any that failed to load
  gpsi-doctor --version | --help

Options of diagnose:
  -p, --package PATH     package path as in the policy, e.g. \\server\share\app.msi
                         (repeat for several packages)
  -e, --events FILE      exported event log (.evtx, .evt, .xml, .csv, .txt);
                         repeatable; without --package the package paths the
                         events name are checked
      --live-events      also read this computer&apos;s Application, System and Group
                         Policy logs (Windows; the last 30 days)
      --case FILE        read the case (paths, evidence, options) from a case file
      --save-case FILE   write the case to a case file as well
  -t, --timeout SECONDS  time limit of each check (default 30)
      --resolve HOST=ADDRESS
                         answer lookups of HOST with ADDRESS instead of asking DNS
      --smb-port N       direct-hosted SMB port of the servers (default 445)
      --nbss-port N      NetBIOS session service port (default 139)
      --keytab FILE      Kerberos check with credentials from FILE instead of the
                         current ticket cache: on a Linux machine joined to the
                         domain, /etc/krb5.keytab tests as the computer account
      --keytab-principal NAME
                         principal to use from the keytab (default: the computer
                         account NAME$, else a host/ principal)
  -f, --format FORMAT    text (default), json, html or pdf
  -o, --output FILE      write the report to FILE (required for pdf)
      --page-size SIZE   A4 (default) or Letter, for pdf
      --plugin-dir DIR   load third-party check modules from DIR as well
      --no-progress      no progress lines on stderr

dump-events writes damaged regions (with file offsets) to stderr; it exits 0 when
the file was read, even with damage skipped, and 2 when it is not an event log.
scan-events exits 0 when no failed installation was found, 1 when one was.

Exit status: 0 no problem found, 1 a problem was diagnosed, 2 bad usage or unreadable
input, 3 internal error.
</source>
        <translation>GPSI Doctor %1 - ermittelt, warum die Softwareinstallation per Gruppenrichtlinie fehlschlägt (KB 323304 und verwandte Ursachen).

Aufruf:
  gpsi-doctor                      öffnet den Assistenten
  gpsi-doctor --demo               öffnet den Assistenten mit dem integrierten Demo-Szenario
                                   (ohne Anzeige: führt es aus und schreibt den Bericht)
  gpsi-doctor diagnose --package PFAD [Optionen]
                                   führt alle Prüfungen ohne GUI aus und gibt den Bericht aus
  gpsi-doctor dump-events DATEI [--format jsonl|xml] [--ids 102,108,1000]
                                   gibt jeden Datensatz eines Ereignisprotokolls (oder nur
                                   die passenden) aus, in jsonl einen pro Zeile
  gpsi-doctor scan-events [--recursive] PFAD... [--format text|json|html]
                                   liest viele Ereignisprotokolle (einen Ordner mit Exporten
                                   vieler Clients) und fasst sie für alle Clients zusammen
  gpsi-doctor --list-checks        listet die Prüfmodule und alle, die nicht geladen werden konnten
  gpsi-doctor --version | --help

Optionen von diagnose:
  -p, --package PFAD     Paketpfad wie in der Richtlinie, z. B. \\server\share\app.msi
                         (für mehrere Pakete wiederholen)
  -e, --events DATEI     exportiertes Ereignisprotokoll (.evtx, .evt, .xml, .csv, .txt);
                         wiederholbar; ohne --package werden die Paketpfade geprüft,
                         die die Ereignisse nennen
      --live-events      liest zusätzlich die Protokolle Anwendung, System und
                         Gruppenrichtlinie dieses Computers (Windows; letzte 30 Tage)
      --case DATEI       liest den Fall (Pfade, Belege, Optionen) aus einer Falldatei
      --save-case DATEI  schreibt den Fall zusätzlich in eine Falldatei
  -t, --timeout SEKUNDEN Zeitlimit jeder Prüfung (Standard: 30)
      --resolve HOST=ADRESSE
                         beantwortet Abfragen von HOST mit ADRESSE, statt DNS zu fragen
      --smb-port N       direkt gehosteter SMB-Port der Server (Standard: 445)
      --nbss-port N      Port des NetBIOS-Sitzungsdienstes (Standard: 139)
      --keytab DATEI     Kerberos-Prüfung mit Anmeldeinformationen aus DATEI statt aus
                         dem aktuellen Ticketcache: Auf einem Linux-Computer in der
                         Domäne prüft /etc/krb5.keytab als Computerkonto
      --keytab-principal NAME
                         zu verwendender Prinzipal aus der Keytab (Standard: das
                         Computerkonto NAME$, sonst ein host/-Prinzipal)
  -f, --format FORMAT    text (Standard), json, html oder pdf
  -o, --output DATEI     schreibt den Bericht in DATEI (für pdf erforderlich)
      --page-size GRÖSSE A4 (Standard) oder Letter, für pdf
      --plugin-dir VERZ  lädt zusätzlich Prüfmodule von Drittanbietern aus VERZ
      --no-progress      keine Fortschrittszeilen auf stderr

dump-events schreibt beschädigte Bereiche (mit Dateioffsets) nach stderr; es endet mit 0, wenn
die Datei gelesen wurde (auch mit übersprungenen Schäden), mit 2, wenn sie kein Ereignisprotokoll ist.
scan-events endet mit 0, wenn keine fehlgeschlagene Installation gefunden wurde, sonst mit 1.

Exitstatus: 0 kein Problem gefunden, 1 ein Problem wurde diagnostiziert, 2 falscher Aufruf oder
nicht lesbare Eingabe, 3 interner Fehler.
</translation>
    </message>
    <message>
        <source>diagnose needs --package PATH (or --case FILE)</source>
        <translation type="vanished">diagnose benötigt --package PFAD (oder --case DATEI)</translation>
    </message>
    <message>
        <location filename="../app/cli/commandline.cpp" line="237"/>
        <source>GPSI Doctor %1 (Qt %2)</source>
        <translation>GPSI Doctor %1 (Qt %2)</translation>
    </message>
    <message>
        <source>GPSI Doctor %1 - finds why Group Policy software installation fails (KB 323304 and related causes).

Usage:
  gpsi-doctor                      open the wizard
  gpsi-doctor --demo               open the wizard on the built-in demo scenario
                                   (without a display: run it and write the report)
  gpsi-doctor diagnose --package PATH [options]
                                   run every check without a GUI and print the report
  gpsi-doctor --list-checks        list the check modules and any that failed to load
  gpsi-doctor --version | --help

Options of diagnose:
  -p, --package PATH     package path as in the policy, e.g. \\server\share\app.msi
                         (repeat for several packages)
  -e, --events FILE      exported event log (.evtx, .evt, .xml, .csv); repeatable
      --case FILE        read the case (paths, evidence, options) from a case file
      --save-case FILE   write the case to a case file as well
  -t, --timeout SECONDS  time limit of each check (default 30)
      --resolve HOST=ADDRESS
                         answer lookups of HOST with ADDRESS instead of asking DNS
      --smb-port N       direct-hosted SMB port of the servers (default 445)
      --nbss-port N      NetBIOS session service port (default 139)
      --keytab FILE      Kerberos check with credentials from FILE instead of the
                         current ticket cache: on a Linux machine joined to the
                         domain, /etc/krb5.keytab tests as the computer account
      --keytab-principal NAME
                         principal to use from the keytab (default: the computer
                         account NAME$, else a host/ principal)
  -f, --format FORMAT    text (default), json, html or pdf
  -o, --output FILE      write the report to FILE (required for pdf)
      --page-size SIZE   A4 (default) or Letter, for pdf
      --plugin-dir DIR   load third-party check modules from DIR as well
      --no-progress      no progress lines on stderr

Exit status: 0 no problem found, 1 a problem was diagnosed, 2 bad usage or unreadable
input, 3 internal error.
</source>
        <translation type="vanished">GPSI Doctor %1 - ermittelt, warum die Softwareinstallation per Gruppenrichtlinie fehlschlägt (KB 323304 und verwandte Ursachen).

Aufruf:
  gpsi-doctor                      öffnet den Assistenten
  gpsi-doctor --demo               öffnet den Assistenten mit dem integrierten Demo-Szenario
                                   (ohne Anzeige: führt es aus und schreibt den Bericht)
  gpsi-doctor diagnose --package PFAD [Optionen]
                                   führt alle Prüfungen ohne GUI aus und gibt den Bericht aus
  gpsi-doctor --list-checks        listet die Prüfmodule und alle, die nicht geladen werden konnten
  gpsi-doctor --version | --help

Optionen von diagnose:
  -p, --package PFAD     Paketpfad wie in der Richtlinie, z. B. \\server\share\app.msi
                         (für mehrere Pakete wiederholen)
  -e, --events DATEI     exportiertes Ereignisprotokoll (.evtx, .evt, .xml, .csv); wiederholbar
      --case DATEI       liest den Fall (Pfade, Belege, Optionen) aus einer Falldatei
      --save-case DATEI  schreibt den Fall zusätzlich in eine Falldatei
  -t, --timeout SEKUNDEN Zeitlimit jeder Prüfung (Standard: 30)
      --resolve HOST=ADRESSE
                         beantwortet Abfragen von HOST mit ADRESSE, statt DNS zu fragen
      --smb-port N       direkt gehosteter SMB-Port der Server (Standard: 445)
      --nbss-port N      Port des NetBIOS-Sitzungsdienstes (Standard: 139)
      --keytab DATEI     Kerberos-Prüfung mit Anmeldeinformationen aus DATEI statt
                         aus dem aktuellen Ticketcache: Auf einem Linux-Computer, der
                         Mitglied der Domäne ist, wird mit /etc/krb5.keytab als
                         Computerkonto geprüft
      --keytab-principal NAME
                         zu verwendender Prinzipal aus der Keytab (Standard: das
                         Computerkonto NAME$, sonst ein host/-Prinzipal)
  -f, --format FORMAT    text (Standard), json, html oder pdf
  -o, --output DATEI     schreibt den Bericht in DATEI (für pdf erforderlich)
      --page-size GRÖSSE A4 (Standard) oder Letter, für pdf
      --plugin-dir VERZ  lädt zusätzlich Prüfmodule von Drittanbietern aus VERZ
      --no-progress      keine Fortschrittszeilen auf stderr

Exitstatus: 0 kein Problem gefunden, 1 ein Problem wurde diagnostiziert, 2 falscher Aufruf oder
nicht lesbare Eingabe, 3 interner Fehler.
</translation>
    </message>
    <message>
        <source>GPSI Doctor %1 - finds why Group Policy software installation fails (KB 323304 and related causes).

Usage:
  gpsi-doctor                      open the wizard
  gpsi-doctor --demo               open the wizard on the built-in demo scenario
                                   (without a display: run it and write the report)
  gpsi-doctor diagnose --package PATH [options]
                                   run every check without a GUI and print the report
  gpsi-doctor --list-checks        list the check modules and any that failed to load
  gpsi-doctor --version | --help

Options of diagnose:
  -p, --package PATH     package path as in the policy, e.g. \\server\share\app.msi
                         (repeat for several packages)
  -e, --events FILE      exported event log (.evtx, .evt, .xml, .csv); repeatable
      --case FILE        read the case (paths, evidence, options) from a case file
      --save-case FILE   write the case to a case file as well
  -t, --timeout SECONDS  time limit of each check (default 30)
      --resolve HOST=ADDRESS
                         answer lookups of HOST with ADDRESS instead of asking DNS
      --smb-port N       direct-hosted SMB port of the servers (default 445)
      --nbss-port N      NetBIOS session service port (default 139)
  -f, --format FORMAT    text (default), json, html or pdf
  -o, --output FILE      write the report to FILE (required for pdf)
      --page-size SIZE   A4 (default) or Letter, for pdf
      --plugin-dir DIR   load third-party check modules from DIR as well
      --no-progress      no progress lines on stderr

Exit status: 0 no problem found, 1 a problem was diagnosed, 2 bad usage or unreadable
input, 3 internal error.
</source>
        <translation type="vanished">GPSI Doctor %1 - ermittelt, warum die Softwareinstallation per Gruppenrichtlinie fehlschlägt (KB 323304 und verwandte Ursachen).

Aufruf:
  gpsi-doctor                      öffnet den Assistenten
  gpsi-doctor --demo               öffnet den Assistenten mit dem integrierten Demo-Szenario
                                   (ohne Anzeige: führt es aus und schreibt den Bericht)
  gpsi-doctor diagnose --package PFAD [Optionen]
                                   führt alle Prüfungen ohne GUI aus und gibt den Bericht aus
  gpsi-doctor --list-checks        listet die Prüfmodule und alle, die nicht geladen werden konnten
  gpsi-doctor --version | --help

Optionen von diagnose:
  -p, --package PFAD     Paketpfad wie in der Richtlinie, z. B. \\server\share\app.msi
                         (für mehrere Pakete wiederholen)
  -e, --events DATEI     exportiertes Ereignisprotokoll (.evtx, .evt, .xml, .csv); wiederholbar
      --case DATEI       liest den Fall (Pfade, Belege, Optionen) aus einer Falldatei
      --save-case DATEI  schreibt den Fall zusätzlich in eine Falldatei
  -t, --timeout SEKUNDEN Zeitlimit jeder Prüfung (Standard: 30)
      --resolve HOST=ADRESSE
                         beantwortet Abfragen von HOST mit ADRESSE, statt DNS zu fragen
      --smb-port N       direkt gehosteter SMB-Port der Server (Standard: 445)
      --nbss-port N      Port des NetBIOS-Sitzungsdienstes (Standard: 139)
  -f, --format FORMAT    text (Standard), json, html oder pdf
  -o, --output DATEI     schreibt den Bericht in DATEI (für pdf erforderlich)
      --page-size GRÖSSE A4 (Standard) oder Letter, für pdf
      --plugin-dir VERZ  lädt zusätzlich Prüfmodule von Drittanbietern aus VERZ
      --no-progress      keine Fortschrittszeilen auf stderr

Exitstatus: 0 kein Problem gefunden, 1 ein Problem wurde diagnostiziert, 2 falscher Aufruf oder
nicht lesbare Eingabe, 3 interner Fehler.
</translation>
    </message>
    <message>
        <source>GPSI Doctor %1 - finds why Group Policy software installation fails (KB 323304 and related causes).

Usage:
  gpsi-doctor                      open the wizard
  gpsi-doctor --demo               open the wizard on the built-in demo scenario
                                   (without a display: run it and write the report)
  gpsi-doctor diagnose --package PATH [options]
                                   run every check without a GUI and print the report
  gpsi-doctor --list-checks        list the check modules and any that failed to load
  gpsi-doctor --version | --help

Options of diagnose:
  -p, --package PATH     package path as in the policy, e.g. \\server\share\app.msi
                         (repeat for several packages)
  -e, --events FILE      exported event log (.evtx, .evt, .xml, .csv); repeatable
      --case FILE        read the case (paths, evidence, options) from a case file
      --save-case FILE   write the case to a case file as well
  -t, --timeout SECONDS  time limit of each check (default 30)
      --resolve HOST=ADDRESS
                         answer lookups of HOST with ADDRESS instead of asking DNS
  -f, --format FORMAT    text (default), json, html or pdf
  -o, --output FILE      write the report to FILE (required for pdf)
      --page-size SIZE   A4 (default) or Letter, for pdf
      --plugin-dir DIR   load third-party check modules from DIR as well
      --no-progress      no progress lines on stderr

Exit status: 0 no problem found, 1 a problem was diagnosed, 2 bad usage or unreadable
input, 3 internal error.
</source>
        <translation type="vanished">GPSI Doctor %1 - ermittelt, warum die Softwareinstallation per Gruppenrichtlinie fehlschlägt (KB 323304 und verwandte Ursachen).

Aufruf:
  gpsi-doctor                      öffnet den Assistenten
  gpsi-doctor --demo               öffnet den Assistenten mit dem integrierten Demo-Szenario
                                   (ohne Anzeige: führt es aus und schreibt den Bericht)
  gpsi-doctor diagnose --package PFAD [Optionen]
                                   führt alle Prüfungen ohne GUI aus und gibt den Bericht aus
  gpsi-doctor --list-checks        listet die Prüfmodule und alle, die nicht geladen werden konnten
  gpsi-doctor --version | --help

Optionen von diagnose:
  -p, --package PFAD     Paketpfad wie in der Richtlinie, z. B. \\server\share\app.msi
                         (für mehrere Pakete wiederholen)
  -e, --events DATEI     exportiertes Ereignisprotokoll (.evtx, .evt, .xml, .csv); wiederholbar
      --case DATEI       liest den Fall (Pfade, Belege, Optionen) aus einer Falldatei
      --save-case DATEI  schreibt den Fall zusätzlich in eine Falldatei
  -t, --timeout SEKUNDEN Zeitlimit jeder Prüfung (Standard: 30)
      --resolve HOST=ADRESSE
                         beantwortet Abfragen von HOST mit ADRESSE, statt DNS zu fragen
  -f, --format FORMAT    text (Standard), json, html oder pdf
  -o, --output DATEI     schreibt den Bericht in DATEI (für pdf erforderlich)
      --page-size GRÖSSE A4 (Standard) oder Letter, für pdf
      --plugin-dir VERZ  lädt zusätzlich Prüfmodule von Drittanbietern aus VERZ
      --no-progress      keine Fortschrittszeilen auf stderr

Exitstatus: 0 kein Problem gefunden, 1 ein Problem wurde diagnostiziert, 2 falscher Aufruf oder
nicht lesbare Eingabe, 3 interner Fehler.
</translation>
    </message>
</context>
<context>
    <name>Gpsi::Condition</name>
    <message>
        <location filename="../app/engine/condition.cpp" line="61"/>
        <source>%1: a condition must be a JSON object</source>
        <translation>%1: Eine Bedingung muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/engine/condition.cpp" line="71"/>
        <source>%1: a condition needs exactly one of &quot;all&quot;, &quot;any&quot;, &quot;not&quot; or &quot;fact&quot;</source>
        <translation>%1: Eine Bedingung benötigt genau eines von &quot;all&quot;, &quot;any&quot;, &quot;not&quot; oder &quot;fact&quot;</translation>
    </message>
    <message>
        <location filename="../app/engine/condition.cpp" line="80"/>
        <source>%1: &quot;%2&quot; takes no other fields</source>
        <translation>%1: &quot;%2&quot; erlaubt keine weiteren Felder</translation>
    </message>
    <message>
        <location filename="../app/engine/condition.cpp" line="85"/>
        <source>%1.%2: must be a non-empty list of conditions</source>
        <translation>%1.%2: muss eine nicht leere Liste von Bedingungen sein</translation>
    </message>
    <message>
        <location filename="../app/engine/condition.cpp" line="103"/>
        <source>%1: &quot;not&quot; takes no other fields</source>
        <translation>%1: &quot;not&quot; erlaubt keine weiteren Felder</translation>
    </message>
    <message>
        <location filename="../app/engine/condition.cpp" line="116"/>
        <source>%1.fact: must be a fact key such as &quot;path.kind&quot;</source>
        <translation>%1.fact: muss ein Faktschlüssel wie &quot;path.kind&quot; sein</translation>
    </message>
    <message>
        <location filename="../app/engine/condition.cpp" line="134"/>
        <source>%1: unknown operator &quot;%2&quot; for fact &quot;%3&quot;</source>
        <translation>%1: unbekannter Operator &quot;%2&quot; für Fakt &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../app/engine/condition.cpp" line="140"/>
        <source>%1: fact &quot;%2&quot; needs exactly one operator (found %3)</source>
        <translation>%1: Fakt &quot;%2&quot; benötigt genau einen Operator (gefunden: %3)</translation>
    </message>
    <message>
        <location filename="../app/engine/condition.cpp" line="152"/>
        <source>%1.%2: needs a string, number or boolean</source>
        <translation>%1.%2: benötigt eine Zeichenfolge, eine Zahl oder einen booleschen Wert</translation>
    </message>
    <message>
        <location filename="../app/engine/condition.cpp" line="163"/>
        <source>%1.%2: needs a non-empty list of strings, numbers or booleans</source>
        <translation>%1.%2: benötigt eine nicht leere Liste von Zeichenfolgen, Zahlen oder booleschen Werten</translation>
    </message>
    <message>
        <location filename="../app/engine/condition.cpp" line="171"/>
        <source>%1.matches: needs a regular expression string</source>
        <translation>%1.matches: benötigt einen regulären Ausdruck als Zeichenfolge</translation>
    </message>
    <message>
        <location filename="../app/engine/condition.cpp" line="176"/>
        <source>%1.matches: invalid regular expression: %2</source>
        <translation>%1.matches: ungültiger regulärer Ausdruck: %2</translation>
    </message>
    <message>
        <location filename="../app/engine/condition.cpp" line="186"/>
        <source>%1.%2: needs a number</source>
        <translation>%1.%2: benötigt eine Zahl</translation>
    </message>
    <message>
        <location filename="../app/engine/condition.cpp" line="192"/>
        <source>%1.exists: needs true or false</source>
        <translation>%1.exists: benötigt true oder false</translation>
    </message>
</context>
<context>
    <name>Gpsi::CsvEventReader</name>
    <message>
        <location filename="../app/eventlog/csveventreader.cpp" line="14"/>
        <source>the file holds no events (it is empty)</source>
        <translation>die Datei enthält keine Ereignisse (sie ist leer)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/csveventreader.cpp" line="21"/>
        <source>the file is not UTF-8; read as Windows-1252 (Western European)</source>
        <translation>die Datei ist nicht UTF-8-codiert; sie wurde als Windows-1252 (Westeuropäisch) gelesen</translation>
    </message>
</context>
<context>
    <name>Gpsi::Demo</name>
    <message>
        <location filename="../app/cli/demo.cpp" line="27"/>
        <source>no free loopback port: %1</source>
        <translation>kein freier Loopback-Port: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/demo.cpp" line="34"/>
        <source>cannot create a temporary directory: %1</source>
        <translation>temporäres Verzeichnis kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/demo.cpp" line="39"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/demo.cpp" line="66"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/cli/demo.cpp" line="86"/>
        <source>the demo scenario is missing from this build</source>
        <translation>das Demo-Szenario fehlt in diesem Build</translation>
    </message>
    <message>
        <location filename="../app/cli/demo.cpp" line="98"/>
        <source>gpsi-doctor: internal error: %1</source>
        <translation>gpsi-doctor: interner Fehler: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/demo.cpp" line="103"/>
        <source>gpsi-doctor: cannot start the demo&apos;s NT 4.0 simulator: %1</source>
        <translation>gpsi-doctor: Der NT-4.0-Simulator der Demo kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/demo.cpp" line="119"/>
        <source>gpsi-doctor: %1</source>
        <translation>gpsi-doctor: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/demo.cpp" line="122"/>
        <source>Demo report written to %1</source>
        <translation>Demo-Bericht wurde nach %1 geschrieben</translation>
    </message>
</context>
<context>
    <name>Gpsi::DiagnoseCommand</name>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="78"/>
        <location filename="../app/cli/diagnosecommand.cpp" line="143"/>
        <location filename="../app/cli/diagnosecommand.cpp" line="175"/>
        <source>gpsi-doctor: %1</source>
        <translation>gpsi-doctor: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="84"/>
        <source>gpsi-doctor: --package needs a path such as \\server\share\app.msi (an empty path was given)</source>
        <translation>gpsi-doctor: --package benötigt einen Pfad wie \\server\share\app.msi (es wurde ein leerer Pfad angegeben)</translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="112"/>
        <source>gpsi-doctor: the case names no package path</source>
        <translation>gpsi-doctor: Der Fall nennt keinen Paketpfad</translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="94"/>
        <source>gpsi-doctor: %1: %2</source>
        <translation>gpsi-doctor: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="104"/>
        <source>gpsi-doctor: the events name %1: checking it</source>
        <translation>gpsi-doctor: Die Ereignisse nennen %1: wird geprüft</translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="106"/>
        <source>gpsi-doctor: the events name no package path; give it with --package PATH</source>
        <translation>gpsi-doctor: Die Ereignisse nennen keinen Paketpfad; geben Sie ihn mit --package PFAD an</translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="129"/>
        <source>gpsi-doctor: --keytab %1: %2</source>
        <translation>gpsi-doctor: --keytab %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="137"/>
        <source>gpsi-doctor: --format pdf needs --output FILE</source>
        <translation>gpsi-doctor: --format pdf benötigt --output DATEI</translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="148"/>
        <source>gpsi-doctor: internal error: the built-in knowledge base did not load</source>
        <translation>gpsi-doctor: interner Fehler: Die integrierte Wissensdatenbank wurde nicht geladen</translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="156"/>
        <source>gpsi-doctor: warning: check module skipped: %1: %2</source>
        <translation>gpsi-doctor: Warnung: Prüfmodul übersprungen: %1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="179"/>
        <source>Report written to %1</source>
        <translation>Bericht wurde nach %1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="189"/>
        <source>Check modules:</source>
        <translation>Prüfmodule:</translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="194"/>
        <source> (not on this platform)</source>
        <translation> (nicht auf dieser Plattform)</translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="197"/>
        <source>      requires: %1</source>
        <translation>      benötigt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="198"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="202"/>
        <source>      uses when known: %1</source>
        <translation>      verwendet, falls bekannt: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="204"/>
        <source>      provides: %1</source>
        <translation>      liefert: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="205"/>
        <source>      from: %1</source>
        <translation>      Quelle: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/diagnosecommand.cpp" line="208"/>
        <source>Modules that could not be loaded:</source>
        <translation>Module, die nicht geladen werden konnten:</translation>
    </message>
</context>
<context>
    <name>Gpsi::DiagnosisPage</name>
    <message>
        <location filename="../ui/diagnosispage.cpp" line="26"/>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location filename="../ui/diagnosispage.cpp" line="27"/>
        <source>The likely causes, most serious and most certain first. Expand a finding for its evidence, the fix and how to verify it.</source>
        <translation>Die wahrscheinlichen Ursachen, die schwerwiegendsten und sichersten zuerst. Erweitern Sie einen Befund, um seine Belege, die Behebung und deren Überprüfung anzuzeigen.</translation>
    </message>
    <message>
        <location filename="../ui/diagnosispage.cpp" line="62"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../ui/diagnosispage.cpp" line="112"/>
        <source>Package paths: %1 · checks run: %2.</source>
        <translation>Paketpfade: %1 · ausgeführte Prüfungen: %2.</translation>
    </message>
    <message>
        <location filename="../ui/diagnosispage.cpp" line="114"/>
        <source>The checks were cancelled: the diagnosis is partial.</source>
        <translation>Die Prüfungen wurden abgebrochen: Die Diagnose ist unvollständig.</translation>
    </message>
    <message>
        <location filename="../ui/diagnosispage.cpp" line="125"/>
        <source>No known cause matched the facts the checks established.</source>
        <translation>Keine bekannte Ursache passt zu den Fakten, die die Prüfungen ermittelt haben.</translation>
    </message>
</context>
<context>
    <name>Gpsi::ErrorCodes</name>
    <message>
        <source>error code table: %1 at offset %2</source>
        <translation type="vanished">Fehlercodetabelle: %1 bei Offset %2</translation>
    </message>
    <message>
        <source>error code table: no &quot;codes&quot; array</source>
        <translation type="vanished">Fehlercodetabelle: kein Array &quot;codes&quot;</translation>
    </message>
    <message>
        <location filename="../app/eventlog/errorcodes.cpp" line="62"/>
        <source>error code table</source>
        <translation>Fehlercodetabelle</translation>
    </message>
    <message>
        <location filename="../app/eventlog/errorcodes.cpp" line="71"/>
        <source>error code entry %1: not an object</source>
        <translation>Fehlercodeeintrag %1: kein Objekt</translation>
    </message>
    <message>
        <location filename="../app/eventlog/errorcodes.cpp" line="77"/>
        <source>error code entry %1: &quot;code&quot; must be a whole number from 0 to 4294967295</source>
        <translation>Fehlercodeeintrag %1: &quot;code&quot; muss eine ganze Zahl zwischen 0 und 4294967295 sein</translation>
    </message>
    <message>
        <location filename="../app/eventlog/errorcodes.cpp" line="82"/>
        <source>error code %1</source>
        <translation>Fehlercode %1</translation>
    </message>
    <message>
        <location filename="../app/eventlog/errorcodes.cpp" line="86"/>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation>%1: &quot;%2&quot; muss eine Zeichenfolge sein</translation>
    </message>
    <message>
        <location filename="../app/eventlog/errorcodes.cpp" line="93"/>
        <source>%1: &quot;expected&quot; must be true or false</source>
        <translation>%1: &quot;expected&quot; muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../app/eventlog/errorcodes.cpp" line="98"/>
        <location filename="../app/eventlog/errorcodes.cpp" line="101"/>
        <source>%1: &quot;otherTexts&quot; must be an array of strings</source>
        <translation>%1: &quot;otherTexts&quot; muss ein Array von Zeichenfolgen sein</translation>
    </message>
    <message>
        <location filename="../app/eventlog/errorcodes.cpp" line="106"/>
        <source>%1: listed twice</source>
        <translation>%1: doppelt aufgeführt</translation>
    </message>
    <message>
        <location filename="../app/eventlog/errorcodes.cpp" line="208"/>
        <location filename="../app/eventlog/errorcodes.cpp" line="210"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/errorcodes.cpp" line="211"/>
        <source>%1 (%2: %3)</source>
        <translation>%1 (%2: %3)</translation>
    </message>
</context>
<context>
    <name>Gpsi::EventCatalogue</name>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="381"/>
        <source>%1: &quot;%2&quot; is missing</source>
        <translation>%1: &quot;%2&quot; fehlt</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="385"/>
        <source>%1: &quot;%2&quot; must be a string</source>
        <translation>%1: &quot;%2&quot; muss eine Zeichenfolge sein</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="388"/>
        <source>%1: &quot;%2&quot; is empty</source>
        <translation>%1: &quot;%2&quot; ist leer</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="397"/>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="400"/>
        <source>%1: &quot;%2&quot; must be an array of strings</source>
        <translation>%1: &quot;%2&quot; muss ein Array von Zeichenfolgen sein</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="411"/>
        <source>%1: a rule condition has no &quot;field&quot;</source>
        <translation>%1: Eine Regelbedingung hat kein &quot;field&quot;</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="422"/>
        <source>%1: rule &quot;%2&quot; must be true or false</source>
        <translation>%1: Regel &quot;%2&quot; muss true oder false sein</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="428"/>
        <source>%1: rule &quot;%2&quot; must be an array</source>
        <translation>%1: Regel &quot;%2&quot; muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="435"/>
        <source>%1: rule &quot;%2&quot; holds a value that is neither a string nor a number</source>
        <translation>%1: Regel &quot;%2&quot; enthält einen Wert, der weder eine Zeichenfolge noch eine Zahl ist</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="445"/>
        <source>%1: rule &quot;%2&quot; must be a string</source>
        <translation>%1: Regel &quot;%2&quot; muss eine Zeichenfolge sein</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="450"/>
        <source>%1: rule regular expression &quot;%2&quot; does not compile: %3</source>
        <translation>%1: Der reguläre Ausdruck &quot;%2&quot; der Regel lässt sich nicht kompilieren: %3</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="457"/>
        <source>%1: a rule condition on &quot;%2&quot; needs exactly one of %3</source>
        <translation>%1: Eine Regelbedingung für &quot;%2&quot; benötigt genau eines von %3</translation>
    </message>
    <message>
        <source>event catalogue: %1 at offset %2</source>
        <translation type="vanished">Ereigniskatalog: %1 bei Offset %2</translation>
    </message>
    <message>
        <source>event catalogue: no &quot;entries&quot; array</source>
        <translation type="vanished">Ereigniskatalog: kein Array &quot;entries&quot;</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="510"/>
        <source>event catalogue</source>
        <translation>Ereigniskatalog</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="518"/>
        <source>event catalogue: &quot;errorCauses&quot; must be an object</source>
        <translation>Ereigniskatalog: &quot;errorCauses&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="523"/>
        <source>event catalogue: &quot;errorCauses&quot; key &quot;%1&quot; is not an error code</source>
        <translation>Ereigniskatalog: Schlüssel &quot;%1&quot; in &quot;errorCauses&quot; ist kein Fehlercode</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="526"/>
        <source>event catalogue: &quot;errorCauses&quot;</source>
        <translation>Ereigniskatalog: &quot;errorCauses&quot;</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="538"/>
        <source>catalogue entry %1: not an object</source>
        <translation>Katalogeintrag %1: kein Objekt</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="543"/>
        <source>catalogue entry %1: &quot;id&quot; is missing</source>
        <translation>Katalogeintrag %1: &quot;id&quot; fehlt</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="545"/>
        <source>catalogue entry %1</source>
        <translation>Katalogeintrag %1</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="548"/>
        <source>%1: the id is used twice</source>
        <translation>%1: Die ID wird doppelt verwendet</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="559"/>
        <source>%1: no provider (an event is never matched on its ID alone)</source>
        <translation>%1: kein Anbieter (ein Ereignis wird nie allein anhand seiner ID zugeordnet)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="565"/>
        <source>%1: &quot;eventId&quot; must be a whole number from 0 to 65535</source>
        <translation>%1: &quot;eventId&quot; muss eine ganze Zahl zwischen 0 und 65535 sein</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="571"/>
        <source>%1: &quot;version&quot; must be -1 (any) or 0 to 255</source>
        <translation>%1: &quot;version&quot; muss -1 (beliebig) oder 0 bis 255 sein</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="583"/>
        <source>%1: unknown level &quot;%2&quot; (use %3)</source>
        <translation>%1: unbekannte Ebene &quot;%2&quot; (zulässig: %3)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="600"/>
        <source>%1: unknown role &quot;%2&quot;</source>
        <translation>%1: unbekannte Rolle &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="608"/>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="615"/>
        <source>%1: &quot;pendingErrors&quot; must be an array of error codes</source>
        <translation>%1: &quot;pendingErrors&quot; muss ein Array von Fehlercodes sein</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="621"/>
        <source>%1: &quot;rules&quot; must be an array</source>
        <translation>%1: &quot;rules&quot; muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="624"/>
        <source>%1: a rule is not an object</source>
        <translation>%1: Eine Regel ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="633"/>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="637"/>
        <source>%1: rule &quot;and&quot; must be an array of conditions</source>
        <translation>%1: Regel &quot;and&quot; muss ein Array von Bedingungen sein</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="645"/>
        <source>%1: unknown role &quot;%2&quot; in a rule</source>
        <translation>%1: unbekannte Rolle &quot;%2&quot; in einer Regel</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="655"/>
        <source>%1: a rule sets neither a role nor causes</source>
        <translation>%1: Eine Regel legt weder eine Rolle noch Ursachen fest</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="671"/>
        <source>%1: the regular expression does not compile: %2</source>
        <translation>%1: Der reguläre Ausdruck lässt sich nicht kompilieren: %2</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="677"/>
        <source>%1: &quot;regexSource&quot; must be &quot;data:N&quot;, &quot;data:Name&quot; or &quot;system:message&quot;</source>
        <translation>%1: &quot;regexSource&quot; muss &quot;data:N&quot;, &quot;data:Name&quot; oder &quot;system:message&quot; sein</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="683"/>
        <source>%1: &quot;fields&quot; must be an array</source>
        <translation>%1: &quot;fields&quot; muss ein Array sein</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="687"/>
        <source>%1: a field is not an object</source>
        <translation>%1: Ein Feld ist kein Objekt</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="692"/>
        <source>%1 (field)</source>
        <translation>%1 (Feld)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="694"/>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="696"/>
        <source>%1 (field %2)</source>
        <translation>%1 (Feld %2)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="701"/>
        <source>%1: field %2 has the unknown type &quot;%3&quot;</source>
        <translation>%1: Feld %2 hat den unbekannten Typ &quot;%3&quot;</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="703"/>
        <source>%1: field %2 is listed twice</source>
        <translation>%1: Feld %2 ist doppelt aufgeführt</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="717"/>
        <source>%1: field %2 has a bad source &quot;%3&quot; (use data:N, data:Name, regex:group of the entry&apos;s regex, or system:%4)</source>
        <translation>%1: Feld %2 hat eine ungültige Quelle &quot;%3&quot; (zulässig: data:N, data:Name, regex:Gruppe aus dem regulären Ausdruck des Eintrags oder system:%4)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="726"/>
        <source>%1: &quot;example&quot; must be an event object</source>
        <translation>%1: &quot;example&quot; muss ein Ereignisobjekt sein</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="730"/>
        <source>%1: &quot;expected&quot; must be an object</source>
        <translation>%1: &quot;expected&quot; muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="735"/>
        <source>%1: expected value of &quot;%2&quot; must be a string</source>
        <translation>%1: Der erwartete Wert von &quot;%2&quot; muss eine Zeichenfolge sein</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="816"/>
        <source>%1: the template cannot be read back: %2</source>
        <translation>%1: Die Vorlage lässt sich nicht zurücklesen: %2</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventcatalogue.cpp" line="828"/>
        <source>%1: %2 event %3 (channel &quot;%4&quot;, version %5) is already in the catalogue</source>
        <translation>%1: Ereignis %3 von %2 (Kanal &quot;%4&quot;, Version %5) ist bereits im Katalog enthalten</translation>
    </message>
</context>
<context>
    <name>Gpsi::EventHistoryView</name>
    <message>
        <location filename="../ui/eventhistoryview.cpp" line="17"/>
        <source>Event history of the client</source>
        <translation>Ereignisverlauf des Clients</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventhistoryview.cpp" line="20"/>
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventhistoryview.cpp" line="23"/>
        <source>%n failed package installation(s)</source>
        <translation>
            <numerusform>%n fehlgeschlagene Paketinstallation</numerusform>
            <numerusform>%n fehlgeschlagene Paketinstallationen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/eventhistoryview.cpp" line="25"/>
        <source>%n installation(s) pending until the next startup</source>
        <translation>
            <numerusform>%n Installation bis zum nächsten Startvorgang ausstehend</numerusform>
            <numerusform>%n Installationen bis zum nächsten Startvorgang ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/eventhistoryview.cpp" line="28"/>
        <source>No failed installation in the logs</source>
        <translation>Keine fehlgeschlagene Installation in den Protokollen</translation>
    </message>
    <message>
        <location filename="../ui/eventhistoryview.cpp" line="36"/>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../ui/eventhistoryview.cpp" line="38"/>
        <source>Pending: %1</source>
        <translation>Ausstehend: %1</translation>
    </message>
    <message>
        <location filename="../ui/eventhistoryview.cpp" line="49"/>
        <source>Event timeline by startup</source>
        <translation>Ereigniszeitleiste nach Startvorgängen</translation>
    </message>
    <message>
        <location filename="../ui/eventhistoryview.cpp" line="51"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location filename="../ui/eventhistoryview.cpp" line="51"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/eventhistoryview.cpp" line="51"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../ui/eventhistoryview.cpp" line="51"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location filename="../ui/eventhistoryview.cpp" line="66"/>
        <source>Startup %1</source>
        <translation>Startvorgang %1</translation>
    </message>
    <message>
        <location filename="../ui/eventhistoryview.cpp" line="92"/>
        <source>Only the most recent events are listed.</source>
        <translation>Es werden nur die neuesten Ereignisse aufgeführt.</translation>
    </message>
</context>
<context>
    <name>Gpsi::EventReader</name>
    <message>
        <location filename="../app/eventlog/eventreader.cpp" line="21"/>
        <source>line %1</source>
        <translation>Zeile %1</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventreader.cpp" line="23"/>
        <source>offset 0x%1</source>
        <translation>Offset 0x%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/eventlog/eventreader.cpp" line="29"/>
        <source> (%n record(s) lost)</source>
        <translation>
            <numerusform> (%n Datensatz verloren)</numerusform>
            <numerusform> (%n Datensätze verloren)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventreader.cpp" line="41"/>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventreader.cpp" line="46"/>
        <location filename="../app/eventlog/eventreader.cpp" line="61"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Gpsi::EventText</name>
    <message>
        <location filename="../app/eventlog/eventtext.cpp" line="115"/>
        <source>event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventtext.cpp" line="117"/>
        <source>application &quot;%1&quot;</source>
        <translation>Anwendung „%1“</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventtext.cpp" line="119"/>
        <source>policy &quot;%1&quot;</source>
        <translation>Richtlinie „%1“</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventtext.cpp" line="122"/>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventtext.cpp" line="123"/>
        <source>error %1 (%2)</source>
        <translation>Fehler %1 (%2)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventtext.cpp" line="125"/>
        <source>Nothing recognisable was found in the text.</source>
        <translation>Im Text wurde nichts Erkennbares gefunden.</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventtext.cpp" line="126"/>
        <source>Found %1.</source>
        <translation>Gefunden: %1.</translation>
    </message>
    <message>
        <location filename="../app/eventlog/eventtext.cpp" line="129"/>
        <source>The event does not name the package path: find it in the policy (Group Policy Management, the package&apos;s Deployment tab, or the msiFileList attribute in ADSI Edit) and paste it here.</source>
        <translation>Das Ereignis nennt den Paketpfad nicht: Suchen Sie ihn in der Richtlinie (Gruppenrichtlinienverwaltung, Registerkarte „Bereitstellung“ des Pakets oder Attribut msiFileList im ADSI-Editor), und fügen Sie ihn hier ein.</translation>
    </message>
</context>
<context>
    <name>Gpsi::EventTextDialog</name>
    <message>
        <location filename="../ui/eventtextdialog.cpp" line="24"/>
        <source>Paste from Event Viewer</source>
        <translation>Aus der Ereignisanzeige einfügen</translation>
    </message>
    <message>
        <location filename="../ui/eventtextdialog.cpp" line="27"/>
        <source>Open the failing event in Event Viewer (for example Application Management event 102 or 108, or UserEnv event 1000), copy its text and paste it below. GPSI Doctor picks out the package paths, the application and the error.</source>
        <translation>Öffnen Sie das Fehlerereignis in der Ereignisanzeige (zum Beispiel Application Management-Ereignis 102 oder 108 oder UserEnv-Ereignis 1000), kopieren Sie seinen Text, und fügen Sie ihn unten ein. GPSI Doctor ermittelt daraus die Paketpfade, die Anwendung und den Fehler.</translation>
    </message>
    <message>
        <location filename="../ui/eventtextdialog.cpp" line="35"/>
        <source>Event text</source>
        <translation>Ereignistext</translation>
    </message>
    <message>
        <location filename="../ui/eventtextdialog.cpp" line="36"/>
        <source>Paste the event text here</source>
        <translation>Ereignistext hier einfügen</translation>
    </message>
    <message>
        <location filename="../ui/eventtextdialog.cpp" line="39"/>
        <source>&amp;Event text:</source>
        <translation>&amp;Ereignistext:</translation>
    </message>
    <message>
        <location filename="../ui/eventtextdialog.cpp" line="55"/>
        <source>Package paths found in the event text</source>
        <translation>Im Ereignistext gefundene Paketpfade</translation>
    </message>
    <message>
        <location filename="../ui/eventtextdialog.cpp" line="57"/>
        <source>Package &amp;paths found (ticked ones are added):</source>
        <translation>Gefundene &amp;Paketpfade (markierte werden hinzugefügt):</translation>
    </message>
    <message>
        <location filename="../ui/eventtextdialog.cpp" line="61"/>
        <source>&amp;Add paths</source>
        <translation>Pfade &amp;hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/eventtextdialog.cpp" line="63"/>
        <source>Add the ticked paths</source>
        <translation>Markierte Pfade hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/eventtextdialog.cpp" line="64"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/eventtextdialog.cpp" line="117"/>
        <source>Nothing pasted yet.</source>
        <translation>Noch nichts eingefügt.</translation>
    </message>
</context>
<context>
    <name>Gpsi::EventsCheck</name>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="30"/>
        <source>(software installation)</source>
        <translation>(Softwareinstallation)</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="32"/>
        <source>%1 from policy %2</source>
        <translation>%1 aus Richtlinie %2</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="34"/>
        <source>%1: error %2</source>
        <translation>%1: Fehler %2</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="37"/>
        <source> on %1</source>
        <translation> auf %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/checks/events/eventscheck.cpp" line="39"/>
        <source>, %n time(s) from %1 to %2</source>
        <translation>
            <numerusform>, %n-mal zwischen %1 und %2</numerusform>
            <numerusform>, %n-mal zwischen %1 und %2</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="42"/>
        <source>, at %1</source>
        <translation>, am %1</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="45"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="78"/>
        <source>No event logs were added to the case. Export the client&apos;s Application and System logs (and Microsoft-Windows-GroupPolicy/Operational on Vista and later) and add them to see its installation history.</source>
        <translation>Dem Fall wurden keine Ereignisprotokolle hinzugefügt. Exportieren Sie das Anwendungs- und das Systemprotokoll des Clients (ab Windows Vista zusätzlich Microsoft-Windows-GroupPolicy/Operational), und fügen Sie sie hinzu, um seinen Installationsverlauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="83"/>
        <source>Not available on this platform: live event logs can only be read on Windows; add exported logs instead.</source>
        <translation>Auf dieser Plattform nicht verfügbar: Lokale Ereignisprotokolle können nur unter Windows gelesen werden; fügen Sie stattdessen exportierte Protokolle hinzu.</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="97"/>
        <source>Stopped before all event logs were read.</source>
        <translation>Angehalten, bevor alle Ereignisprotokolle gelesen waren.</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="102"/>
        <source>Stopped while reading %1.</source>
        <translation>Angehalten beim Lesen von %1.</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="117"/>
        <source>Stopped while reading the live event logs.</source>
        <translation>Angehalten beim Lesen der lokalen Ereignisprotokolle.</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="132"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/checks/events/eventscheck.cpp" line="136"/>
        <source>%1 (%2): %n record(s)</source>
        <translation>
            <numerusform>%1 (%2): %n Datensatz</numerusform>
            <numerusform>%1 (%2): %n Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/checks/events/eventscheck.cpp" line="138"/>
        <source>, %n recognised</source>
        <translation>
            <numerusform>, %n erkannt</numerusform>
            <numerusform>, %n erkannt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="141"/>
        <source>%1: note: %2</source>
        <translation>%1: Hinweis: %2</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="151"/>
        <source>None of the event logs could be read.</source>
        <translation>Keines der Ereignisprotokolle konnte gelesen werden.</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="159"/>
        <source>Damaged regions were skipped; every readable record was kept.</source>
        <translation>Beschädigte Bereiche wurden übersprungen; alle lesbaren Datensätze wurden übernommen.</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="195"/>
        <source>Computer-assigned packages are logged for S-1-5-18 (SYSTEM).</source>
        <translation>Dem Computer zugewiesene Pakete werden für S-1-5-18 (SYSTEM) protokolliert.</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="201"/>
        <source>These packages failed but were installed successfully afterwards.</source>
        <translation>Diese Pakete sind fehlgeschlagen, wurden danach aber erfolgreich installiert.</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="209"/>
        <source>Delayed to the next startup (1274): not a failure yet.</source>
        <translation>Auf den nächsten Startvorgang verschoben (1274): noch kein Fehlschlag.</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="254"/>
        <source>KB 323304 signature</source>
        <translation>Signatur von KB 323304</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="257"/>
        <source>network not ready</source>
        <translation>Netzwerk nicht bereit</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="259"/>
        <source>slow link</source>
        <translation>langsame Verbindung</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="261"/>
        <source>SMB1 missing on the client</source>
        <translation>SMB1 fehlt auf dem Client</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/checks/events/eventscheck.cpp" line="263"/>
        <source>%n failure(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/checks/events/eventscheck.cpp" line="265"/>
        <source>%n pending</source>
        <translation>
            <numerusform>%n ausstehend</numerusform>
            <numerusform>%n ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="266"/>
        <source>Boot %1 of %2 from %3%4: %5</source>
        <translation>Startvorgang %1 von %2 ab %3%4: %5</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="268"/>
        <source>(unknown computer)</source>
        <translation>(unbekannter Computer)</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="270"/>
        <source> (no boot marker in the log)</source>
        <translation> (keine Startmarkierung im Protokoll)</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="271"/>
        <source>nothing notable</source>
        <translation>nichts Auffälliges</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="286"/>
        <source>Package paths named in the events, most recent first.</source>
        <translation>In den Ereignissen genannte Paketpfade, neueste zuerst.</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="289"/>
        <source>Servers named in the events.</source>
        <translation>In den Ereignissen genannte Server.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/checks/events/eventscheck.cpp" line="308"/>
        <source>The KB 323304 signature: %n package(s) failed with 1612 (the installation source is not available) in the same startup as the policy failure.</source>
        <translation>
            <numerusform>Signatur von KB 323304: %n Paket ist im selben Startvorgang wie der Richtlinienfehler mit 1612 (die Installationsquelle ist nicht verfügbar) fehlgeschlagen.</numerusform>
            <numerusform>Signatur von KB 323304: %n Pakete sind im selben Startvorgang wie der Richtlinienfehler mit 1612 (die Installationsquelle ist nicht verfügbar) fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/checks/events/eventscheck.cpp" line="315"/>
        <source>%n package installation(s) failed: %1</source>
        <translation>
            <numerusform>%n Paketinstallation fehlgeschlagen: %1</numerusform>
            <numerusform>%n Paketinstallationen fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/checks/events/eventscheck.cpp" line="323"/>
        <source>%n install(s) pending until the next startup</source>
        <translation>
            <numerusform>%n Installation bis zum nächsten Startvorgang ausstehend</numerusform>
            <numerusform>%n Installationen bis zum nächsten Startvorgang ausstehend</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="326"/>
        <source>the network was not ready at startup</source>
        <translation>das Netzwerk war beim Startvorgang nicht bereit</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="328"/>
        <source>a slow link was detected</source>
        <translation>eine langsame Verbindung wurde erkannt</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="330"/>
        <source>the client cannot speak SMB1</source>
        <translation>der Client beherrscht kein SMB1</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="332"/>
        <source>some logs were damaged or unreadable</source>
        <translation>einige Protokolle waren beschädigt oder nicht lesbar</translation>
    </message>
    <message>
        <location filename="../app/checks/events/eventscheck.cpp" line="334"/>
        <source>No failed installation, but: %1.</source>
        <translation>Keine fehlgeschlagene Installation, aber: %1.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/checks/events/eventscheck.cpp" line="337"/>
        <source>No software-installation failure in %n record(s) read.</source>
        <translation>
            <numerusform>Kein Softwareinstallationsfehler in %n gelesenen Datensatz.</numerusform>
            <numerusform>Kein Softwareinstallationsfehler in %n gelesenen Datensätzen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gpsi::EventsCommand</name>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="38"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="40"/>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="41"/>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="50"/>
        <source>gpsi-doctor: note: %1</source>
        <translation>gpsi-doctor: Hinweis: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="51"/>
        <source>gpsi-doctor: damaged: %1</source>
        <translation>gpsi-doctor: beschädigt: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/eventscommand.cpp" line="103"/>
        <source>%1 (%2): %3, %n time(s)</source>
        <translation>
            <numerusform>%1 (%2): %3, %n-mal</numerusform>
            <numerusform>%1 (%2): %3, %n-mal</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="104"/>
        <location filename="../app/cli/eventscommand.cpp" line="112"/>
        <source>software installation</source>
        <translation>Softwareinstallation</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="106"/>
        <source>policy unknown</source>
        <translation>Richtlinie unbekannt</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="153"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="164"/>
        <location filename="../app/cli/eventscommand.cpp" line="197"/>
        <source>gpsi-doctor: %1: %2</source>
        <translation>gpsi-doctor: %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/eventscommand.cpp" line="202"/>
        <source>%1: %2, %3, %n record(s)</source>
        <translation>
            <numerusform>%1: %2, %3, %n Datensatz</numerusform>
            <numerusform>%1: %2, %3, %n Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/eventscommand.cpp" line="204"/>
        <source>, %n printed</source>
        <translation>
            <numerusform>, %n ausgegeben</numerusform>
            <numerusform>, %n ausgegeben</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="220"/>
        <location filename="../app/cli/eventscommand.cpp" line="339"/>
        <location filename="../app/cli/eventscommand.cpp" line="493"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="252"/>
        <source>gpsi-doctor: %1: no such file or folder</source>
        <translation>gpsi-doctor: %1: Datei oder Ordner nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="258"/>
        <source>gpsi-doctor: no event logs found in %1</source>
        <translation>gpsi-doctor: keine Ereignisprotokolle in %1 gefunden</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="450"/>
        <source>GPSI Doctor fleet event summary</source>
        <translation>GPSI-Doctor-Ereignisübersicht über alle Clients</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="452"/>
        <source>%1 logs (%2, %3 records) from %4 computers; %5 with failed installations, %6 with the KB 323304 signature.</source>
        <translation>%1 Protokolle (%2, %3 Datensätze) von %4 Computern; %5 mit fehlgeschlagenen Installationen, %6 mit der Signatur von KB 323304.</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="462"/>
        <location filename="../app/cli/eventscommand.cpp" line="490"/>
        <source>Computers</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="462"/>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="462"/>
        <source>Failed packages</source>
        <translation>Fehlgeschlagene Pakete</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="463"/>
        <source>Signals</source>
        <translation>Anzeichen</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="463"/>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="463"/>
        <location filename="../app/cli/eventscommand.cpp" line="500"/>
        <source>Causes</source>
        <translation>Ursachen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/eventscommand.cpp" line="467"/>
        <source>KB 323304 signature in %n startup(s)</source>
        <translation>
            <numerusform>Signatur von KB 323304 in %n Startvorgang</numerusform>
            <numerusform>Signatur von KB 323304 in %n Startvorgängen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="469"/>
        <source>pending: %1</source>
        <translation>ausstehend: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="471"/>
        <source>network not ready</source>
        <translation>Netzwerk nicht bereit</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="473"/>
        <source>slow link</source>
        <translation>langsame Verbindung</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="475"/>
        <source>SMB1 missing</source>
        <translation>SMB1 fehlt</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="498"/>
        <source>Packages that failed</source>
        <translation>Fehlgeschlagene Pakete</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="498"/>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="499"/>
        <source>Servers named in the events</source>
        <translation>In den Ereignissen genannte Server</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="499"/>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="500"/>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="502"/>
        <source>Damaged or unreadable logs</source>
        <translation>Beschädigte oder nicht lesbare Protokolle</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="511"/>
        <source>Fleet summary: %1 logs (%2, %3 records) from %4 computers, read in %5 s</source>
        <translation>Gesamtübersicht: %1 Protokolle (%2, %3 Datensätze) von %4 Computern, gelesen in %5 s</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="517"/>
        <source>Computers with failed installations: %1; with the KB 323304 signature: %2</source>
        <translation>Computer mit fehlgeschlagenen Installationen: %1; mit der Signatur von KB 323304: %2</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="520"/>
        <source>COMPUTERS</source>
        <translation>COMPUTER</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="524"/>
        <source>    failed: %1</source>
        <translation>    fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="526"/>
        <source>    pending until the next startup: %1</source>
        <translation>    bis zum nächsten Startvorgang ausstehend: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/eventscommand.cpp" line="529"/>
        <source>    KB 323304 signature in %n startup(s)</source>
        <translation>
            <numerusform>    Signatur von KB 323304 in %n Startvorgang</numerusform>
            <numerusform>    Signatur von KB 323304 in %n Startvorgängen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="531"/>
        <source>    the network was not ready at startup</source>
        <translation>    das Netzwerk war beim Startvorgang nicht bereit</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="533"/>
        <source>    slow link detected</source>
        <translation>    langsame Verbindung erkannt</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="535"/>
        <source>    SMB1 is missing on the client</source>
        <translation>    SMB1 fehlt auf dem Client</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="537"/>
        <source>    servers: %1</source>
        <translation>    Server: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="539"/>
        <source>    causes: %1</source>
        <translation>    Ursachen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="541"/>
        <source>    no software-installation problem in its events</source>
        <translation>    kein Problem mit der Softwareinstallation in seinen Ereignissen</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/eventscommand.cpp" line="548"/>
        <source>  %1: %n computer(s) (%2)</source>
        <translation>
            <numerusform>  %1: %n Computer (%2)</numerusform>
            <numerusform>  %1: %n Computer (%2)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="552"/>
        <source>PACKAGES THAT FAILED</source>
        <translation>FEHLGESCHLAGENE PAKETE</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="553"/>
        <source>SERVERS NAMED IN THE EVENTS</source>
        <translation>IN DEN EREIGNISSEN GENANNTE SERVER</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="554"/>
        <source>CAUSES</source>
        <translation>URSACHEN</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="556"/>
        <source>INPUT PROBLEMS</source>
        <translation>EINGABEPROBLEME</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="558"/>
        <source>  damaged (skipped, the rest was read): %1</source>
        <translation>  beschädigt (übersprungen, der Rest wurde gelesen): %1</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="561"/>
        <source>  unreadable: %1</source>
        <translation>  nicht lesbar: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="563"/>
        <source>  not an event log: %1</source>
        <translation>  kein Ereignisprotokoll: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/eventscommand.cpp" line="574"/>
        <source>gpsi-doctor: cannot write %1: %2</source>
        <translation>gpsi-doctor: %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Gpsi::EvidencePage</name>
    <message>
        <location filename="../ui/evidencepage.cpp" line="53"/>
        <source>Evidence (optional)</source>
        <translation>Belege (optional)</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="54"/>
        <source>Add event logs exported from an affected client computer, or go on without them.</source>
        <translation>Fügen Sie Ereignisprotokolle hinzu, die von einem betroffenen Clientcomputer exportiert wurden, oder fahren Sie ohne sie fort.</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="59"/>
        <source>Useful logs are the client&apos;s Application and System logs with the Application Management, UserEnv, Group Policy and MsiInstaller events around a failed installation. Export them as EVTX, EVT, XML, CSV or text, then add them here or drop them on this page. The event analysis is done by the event module of the checks.</source>
        <translation>Hilfreich sind die Anwendungs- und Systemprotokolle des Clients mit den Ereignissen von Application Management, UserEnv, Group Policy und MsiInstaller rund um eine fehlgeschlagene Installation. Exportieren Sie sie als EVTX, EVT, XML, CSV oder Text, und fügen Sie sie dann hier hinzu, oder ziehen Sie sie auf diese Seite. Die Ereignisanalyse übernimmt das Ereignismodul der Prüfungen.</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="69"/>
        <source>Evidence files</source>
        <translation>Belegdateien</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="70"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="70"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="70"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="70"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="71"/>
        <source>Evidence file columns</source>
        <translation>Spalten der Belegdateien</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="72"/>
        <source>Evidence file rows</source>
        <translation>Zeilen der Belegdateien</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="87"/>
        <source>Select all evidence files</source>
        <translation>Alle Belegdateien auswählen</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="88"/>
        <source>Event &amp;log files:</source>
        <translation>Ereignis&amp;protokolldateien:</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="91"/>
        <source>&amp;Add files...</source>
        <translation>Dateien &amp;hinzufügen...</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="93"/>
        <location filename="../ui/evidencepage.cpp" line="415"/>
        <source>Add event log files</source>
        <translation>Ereignisprotokolldateien hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="95"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="97"/>
        <source>Remove the selected files</source>
        <translation>Ausgewählte Dateien entfernen</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="100"/>
        <location filename="../ui/evidencepage.cpp" line="272"/>
        <source>No files yet. You can drop files on this page.</source>
        <translation>Noch keine Dateien. Sie können Dateien auf diese Seite ziehen.</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="119"/>
        <source>Also read this computer&apos;s &amp;live event logs (Application, System, Group Policy; the last 30 days)</source>
        <translation>Zusätzlich die &amp;lokalen Ereignisprotokolle dieses Computers lesen (Anwendung, System, Gruppenrichtlinie; die letzten 30 Tage)</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="123"/>
        <source>Read the live event logs of this computer</source>
        <translation>Lokale Ereignisprotokolle dieses Computers lesen</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="126"/>
        <source>Live event logs can only be read on Windows.</source>
        <translation>Lokale Ereignisprotokolle können nur unter Windows gelesen werden.</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="135"/>
        <source>&amp;Check these paths too</source>
        <translation>Diese Pfade a&amp;uch prüfen</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="137"/>
        <source>Add the package paths the events name to the case</source>
        <translation>Die in den Ereignissen genannten Paketpfade zum Fall hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="212"/>
        <source>Listed in the case but not usable here: %1</source>
        <translation>Im Fall aufgeführt, aber hier nicht verwendbar: %1</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="213"/>
        <source>Not added: %1</source>
        <translation>Nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="234"/>
        <source>%1 is already in the list.</source>
        <translation>%1 ist bereits in der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="239"/>
        <source>Added %1.</source>
        <translation>%1 wurde hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="240"/>
        <source>%1 is not an event log and was not added.</source>
        <translation>%1 ist kein Ereignisprotokoll und wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="259"/>
        <source>Files added: %1.</source>
        <translation>Hinzugefügte Dateien: %1.</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="260"/>
        <source>Files added: %1; not added: %2 (see the Details column).</source>
        <translation>Hinzugefügte Dateien: %1; nicht hinzugefügt: %2 (siehe Spalte „Details“).</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="273"/>
        <source>Files from the case: %1.</source>
        <translation>Dateien aus dem Fall: %1.</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="299"/>
        <source>Files removed: %1.</source>
        <translation>Entfernte Dateien: %1.</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="318"/>
        <location filename="../ui/evidencepage.cpp" line="359"/>
        <source>Reading the logs...</source>
        <translation>Protokolle werden gelesen...</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/evidencepage.cpp" line="361"/>
        <source>The logs show %n failed installation(s).</source>
        <translation>
            <numerusform>Die Protokolle zeigen %n fehlgeschlagene Installation.</numerusform>
            <numerusform>Die Protokolle zeigen %n fehlgeschlagene Installationen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="387"/>
        <source>The events name %1.</source>
        <translation>Die Ereignisse nennen %1.</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="391"/>
        <source>Failed: %1.</source>
        <translation>Fehlgeschlagen: %1.</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="392"/>
        <source>Check these paths too?</source>
        <translation>Diese Pfade auch prüfen?</translation>
    </message>
    <message>
        <location filename="../ui/evidencepage.cpp" line="416"/>
        <source>Event logs (*.evtx *.evt *.xml *.csv *.txt);;All files (*)</source>
        <translation>Ereignisprotokolle (*.evtx *.evt *.xml *.csv *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Gpsi::EvidenceScan</name>
    <message>
        <location filename="../app/eventlog/evidencescan.cpp" line="30"/>
        <source>error unknown</source>
        <translation>Fehler unbekannt</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evidencescan.cpp" line="31"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evidencescan.cpp" line="33"/>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evidencescan.cpp" line="34"/>
        <source>software installation</source>
        <translation>Softwareinstallation</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evidencescan.cpp" line="36"/>
        <source>policy unknown</source>
        <translation>Richtlinie unbekannt</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evidencescan.cpp" line="46"/>
        <source>%1 records, %2 recognised</source>
        <translation>%1 Datensätze, %2 erkannt</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/eventlog/evidencescan.cpp" line="51"/>
        <source>, %n damaged region(s) skipped</source>
        <translation>
            <numerusform>, %n beschädigter Bereich übersprungen</numerusform>
            <numerusform>, %n beschädigte Bereiche übersprungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gpsi::EvtReader</name>
    <message>
        <location filename="../app/eventlog/evtreader.cpp" line="137"/>
        <source>no record signature (&quot;LfLe&quot;) where a record should start</source>
        <translation>keine Datensatzsignatur (&quot;LfLe&quot;) an der Stelle, an der ein Datensatz beginnen sollte</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtreader.cpp" line="139"/>
        <source>implausible record length %1</source>
        <translation>unplausible Datensatzlänge %1</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtreader.cpp" line="141"/>
        <source>the record&apos;s length (%1) and its copy at the end (%2) differ</source>
        <translation>die Länge des Datensatzes (%1) und ihre Kopie am Ende (%2) stimmen nicht überein</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtreader.cpp" line="145"/>
        <source>the record (%1 bytes) runs into the end-of-file record</source>
        <translation>der Datensatz (%1 Bytes) reicht in den Dateiende-Datensatz hinein</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtreader.cpp" line="285"/>
        <source>the records do not lead to the end-of-file record</source>
        <translation>die Datensätze führen nicht zum Dateiende-Datensatz</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtreader.cpp" line="318"/>
        <source>%1; nothing readable follows before the end-of-file record</source>
        <translation>%1; bis zum Dateiende-Datensatz folgt nichts Lesbares mehr</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtreader.cpp" line="323"/>
        <source>%1; %2 bytes skipped</source>
        <translation>%1; %2 Bytes übersprungen</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtreader.cpp" line="361"/>
        <source>not a legacy event log (.evt): no &quot;LfLe&quot; file header</source>
        <translation>kein älteres Ereignisprotokoll (.evt): kein Dateiheader &quot;LfLe&quot;</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtreader.cpp" line="365"/>
        <source>the .evt file is cut short inside its header (%1 bytes)</source>
        <translation>die .evt-Datei endet vorzeitig innerhalb ihres Headers (%1 Bytes)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtreader.cpp" line="377"/>
        <source>the header&apos;s closing size field is damaged</source>
        <translation>das abschließende Größenfeld des Headers ist beschädigt</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtreader.cpp" line="386"/>
        <source>the file is cut short after its header</source>
        <translation>die Datei endet vorzeitig nach ihrem Header</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtreader.cpp" line="421"/>
        <source>the header is not marked dirty but does not point at the end-of-file record (found at 0x%1)</source>
        <translation>der Header ist nicht als „dirty“ markiert, zeigt aber nicht auf den Dateiende-Datensatz (gefunden bei 0x%1)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtreader.cpp" line="431"/>
        <source>the file is cut short: its header places records up to 0x%1, the file ends at 0x%2</source>
        <translation>die Datei endet vorzeitig: Laut Header reichen die Datensätze bis 0x%1, die Datei endet bei 0x%2</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtreader.cpp" line="445"/>
        <source>no end-of-file record: the file is truncated or damaged; records were found by scanning</source>
        <translation>kein Dateiende-Datensatz: Die Datei ist abgeschnitten oder beschädigt; die Datensätze wurden per Suchlauf gefunden</translation>
    </message>
</context>
<context>
    <name>Gpsi::EvtxReader</name>
    <message>
        <location filename="../app/eventlog/evtxreader.cpp" line="55"/>
        <source>chunk %1 is all zeros although the file header counts it</source>
        <translation>Chunk %1 besteht nur aus Nullen, obwohl der Dateiheader ihn mitzählt</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxreader.cpp" line="58"/>
        <source>chunks %1 to %2 are all zeros although the file header counts them</source>
        <translation>die Chunks %1 bis %2 bestehen nur aus Nullen, obwohl der Dateiheader sie mitzählt</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxreader.cpp" line="97"/>
        <source>not an EVTX event log (no &quot;ElfFile&quot; signature)</source>
        <translation>kein EVTX-Ereignisprotokoll (keine Signatur &quot;ElfFile&quot;)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxreader.cpp" line="101"/>
        <source>the EVTX file header is cut off after %1 bytes</source>
        <translation>der EVTX-Dateiheader ist nach %1 Bytes abgeschnitten</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxreader.cpp" line="124"/>
        <source>file header checksum mismatch (stored 0x%1, computed 0x%2)</source>
        <translation>Prüfsummenfehler im Dateiheader (gespeichert 0x%1, berechnet 0x%2)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxreader.cpp" line="128"/>
        <source>unexpected format version %1.%2</source>
        <translation>unerwartete Formatversion %1.%2</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxreader.cpp" line="132"/>
        <source>unexpected header size %1 / block size %2; assuming 128 / 4096</source>
        <translation>unerwartete Headergröße %1 / Blockgröße %2; es wird von 128 / 4096 ausgegangen</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxreader.cpp" line="136"/>
        <source>file header flags 0x%1 hold unknown bits (ignored)</source>
        <translation>die Flags 0x%1 des Dateiheaders enthalten unbekannte Bits (ignoriert)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxreader.cpp" line="142"/>
        <source>the file ends after %1 bytes, before its first chunk</source>
        <translation>die Datei endet nach %1 Bytes, vor ihrem ersten Chunk</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxreader.cpp" line="147"/>
        <source>the file is truncated: its header lists %1 chunks, the file holds %2</source>
        <translation>die Datei ist abgeschnitten: Ihr Header nennt %1 Chunks, die Datei enthält %2</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="435"/>
        <source>chunk %1: the file ends inside the chunk header (%2 bytes)</source>
        <translation>Chunk %1: Die Datei endet innerhalb des Chunk-Headers (%2 Bytes)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="465"/>
        <source>chunk %1: bad signature and no usable header; the block was skipped</source>
        <translation>Chunk %1: falsche Signatur und kein verwendbarer Header; der Block wurde übersprungen</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="471"/>
        <source>chunk %1: bad signature; its records were read up to the first damaged one</source>
        <translation>Chunk %1: falsche Signatur; seine Datensätze wurden bis zum ersten beschädigten gelesen</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="477"/>
        <source>chunk %1: impossible header (header size %2, free-space offset 0x%3)</source>
        <translation>Chunk %1: unmöglicher Header (Headergröße %2, Offset des freien Bereichs 0x%3)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="488"/>
        <source>chunk %1: header checksum mismatch (stored 0x%2, computed 0x%3)</source>
        <translation>Chunk %1: Prüfsummenfehler im Header (gespeichert 0x%2, berechnet 0x%3)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="499"/>
        <source>chunk %1: record data checksum mismatch (stored 0x%2, computed 0x%3)</source>
        <translation>Chunk %1: Prüfsummenfehler in den Datensatzdaten (gespeichert 0x%2, berechnet 0x%3)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="529"/>
        <source>chunk %1: record %2 has a damaged size copy (%3); it was read anyway</source>
        <translation>Chunk %1: Datensatz %2 hat eine beschädigte Größenkopie (%3); er wurde trotzdem gelesen</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="543"/>
        <source>chunk %1: the file ends inside the record at this offset</source>
        <translation>Chunk %1: Die Datei endet innerhalb des Datensatzes an diesem Offset</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="553"/>
        <source>chunk %1: the records end in zeros before the free-space offset 0x%2</source>
        <translation>Chunk %1: Die Datensätze enden vor dem Offset des freien Bereichs 0x%2 in Nullen</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="563"/>
        <source>chunk %1: damaged record (size %2, size copy %3)</source>
        <translation>Chunk %1: beschädigter Datensatz (Größe %2, Größenkopie %3)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="569"/>
        <source>chunk %1: no record signature at this offset</source>
        <translation>Chunk %1: keine Datensatzsignatur an diesem Offset</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="572"/>
        <source>chunk %1: record with an impossible size (%2)</source>
        <translation>Chunk %1: Datensatz mit unmöglicher Größe (%2)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="583"/>
        <source>; skipped %1 bytes</source>
        <translation>; %1 Bytes übersprungen</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="591"/>
        <source>chunk %1: the file ends %2 bytes into the chunk; the records before that were read</source>
        <translation>Chunk %1: Die Datei endet %2 Bytes nach dem Beginn des Chunks; die Datensätze davor wurden gelesen</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="642"/>
        <source>no event in the binary XML</source>
        <translation>kein Ereignis im Binär-XML</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="673"/>
        <source>unreadable binary XML</source>
        <translation>nicht lesbares Binär-XML</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="675"/>
        <source>chunk %1: record %2 skipped: %3 (at offset 0x%4)</source>
        <translation>Chunk %1: Datensatz %2 übersprungen: %3 (bei Offset 0x%4)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="753"/>
        <source>truncated name reference</source>
        <translation>abgeschnittener Namensverweis</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="759"/>
        <source>damaged name</source>
        <translation>beschädigter Name</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="767"/>
        <source>name offset points to no name</source>
        <translation>Namensoffset zeigt auf keinen Namen</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="796"/>
        <source>element start with no valid name</source>
        <translation>Elementanfang ohne gültigen Namen</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="808"/>
        <source>template definition outside the chunk</source>
        <translation>Vorlagendefinition außerhalb des Chunks</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="813"/>
        <source>template definition larger than the chunk</source>
        <translation>Vorlagendefinition größer als der Chunk</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="842"/>
        <source>truncated template instance</source>
        <translation>abgeschnittene Vorlageninstanz</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="847"/>
        <source>truncated template definition</source>
        <translation>abgeschnittene Vorlagendefinition</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="851"/>
        <source>template definition larger than its record</source>
        <translation>Vorlagendefinition größer als ihr Datensatz</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="856"/>
        <source>template definition offset points ahead</source>
        <translation>Offset der Vorlagendefinition zeigt nach vorn</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="870"/>
        <source>truncated template values</source>
        <translation>abgeschnittene Vorlagenwerte</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="873"/>
        <source>impossible number of template values</source>
        <translation>unmögliche Anzahl von Vorlagenwerten</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="882"/>
        <source>template value beyond its record</source>
        <translation>Vorlagenwert außerhalb seines Datensatzes</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="898"/>
        <location filename="../app/eventlog/evtxchunk.cpp" line="910"/>
        <location filename="../app/eventlog/evtxchunk.cpp" line="918"/>
        <location filename="../app/eventlog/evtxchunk.cpp" line="924"/>
        <source>truncated value</source>
        <translation>abgeschnittener Wert</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="933"/>
        <source>value token of an unsupported type</source>
        <translation>Wert-Token eines nicht unterstützten Typs</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="938"/>
        <source>value beyond the binary XML</source>
        <translation>Wert außerhalb des Binär-XML</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="957"/>
        <source>truncated character reference</source>
        <translation>abgeschnittener Zeichenverweis</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="971"/>
        <source>truncated substitution</source>
        <translation>abgeschnittene Substitution</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="1001"/>
        <location filename="../app/eventlog/evtxchunk.cpp" line="1125"/>
        <source>unknown binary XML token</source>
        <translation>unbekanntes Binär-XML-Token</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="1037"/>
        <source>unexpected token in a start tag</source>
        <translation>unerwartetes Token in einem Start-Tag</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="1048"/>
        <location filename="../app/eventlog/evtxchunk.cpp" line="1129"/>
        <source>binary XML ends inside an element</source>
        <translation>Binär-XML endet innerhalb eines Elements</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="1053"/>
        <location filename="../app/eventlog/evtxchunk.cpp" line="1540"/>
        <source>elements nested too deeply</source>
        <translation>Elemente zu tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="1067"/>
        <source>end tag without an element</source>
        <translation>End-Tag ohne Element</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="1083"/>
        <source>truncated text</source>
        <translation>abgeschnittener Text</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="1086"/>
        <source>text beyond the binary XML</source>
        <translation>Text außerhalb des Binär-XML</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="1107"/>
        <source>template instance inside a template definition</source>
        <translation>Vorlageninstanz innerhalb einer Vorlagendefinition</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="1120"/>
        <source>truncated fragment header</source>
        <translation>abgeschnittener Fragment-Header</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="1280"/>
        <location filename="../app/eventlog/evtxchunk.cpp" line="1294"/>
        <source>binary XML nested too deeply</source>
        <translation>Binär-XML zu tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="1309"/>
        <location filename="../app/eventlog/evtxchunk.cpp" line="1606"/>
        <source>damaged element</source>
        <translation>beschädigtes Element</translation>
    </message>
    <message>
        <location filename="../app/eventlog/evtxchunk.cpp" line="1485"/>
        <source>misplaced binary XML token</source>
        <translation>falsch platziertes Binär-XML-Token</translation>
    </message>
</context>
<context>
    <name>Gpsi::Fact</name>
    <message>
        <location filename="../app/engine/fact.cpp" line="53"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../app/engine/fact.cpp" line="54"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location filename="../app/engine/fact.cpp" line="56"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>Gpsi::FindingView</name>
    <message>
        <location filename="../ui/findingview.cpp" line="80"/>
        <source>%1% confident</source>
        <translation>%1 % Konfidenz</translation>
    </message>
    <message>
        <location filename="../ui/findingview.cpp" line="81"/>
        <source>Whole case</source>
        <translation>Gesamter Fall</translation>
    </message>
    <message>
        <location filename="../ui/findingview.cpp" line="84"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/findingview.cpp" line="86"/>
        <source>Finding: %1</source>
        <translation>Befund: %1</translation>
    </message>
    <message>
        <location filename="../ui/findingview.cpp" line="103"/>
        <source>Evidence for</source>
        <translation>Belege dafür</translation>
    </message>
    <message>
        <location filename="../ui/findingview.cpp" line="107"/>
        <source>Evidence against</source>
        <translation>Belege dagegen</translation>
    </message>
    <message>
        <location filename="../ui/findingview.cpp" line="111"/>
        <source>How to fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location filename="../ui/findingview.cpp" line="115"/>
        <source>How to verify</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <location filename="../ui/findingview.cpp" line="119"/>
        <location filename="../ui/findingview.cpp" line="142"/>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <location filename="../ui/findingview.cpp" line="145"/>
        <source>Cause %1</source>
        <translation>Ursache %1</translation>
    </message>
    <message>
        <location filename="../ui/findingview.cpp" line="175"/>
        <source>• %1 = %2</source>
        <translation>• %1 = %2</translation>
    </message>
    <message>
        <location filename="../ui/findingview.cpp" line="177"/>
        <source> — %1</source>
        <translation> — %1</translation>
    </message>
    <message>
        <location filename="../ui/findingview.cpp" line="179"/>
        <source> (from %1)</source>
        <translation> (Quelle: %1)</translation>
    </message>
    <message>
        <location filename="../ui/findingview.cpp" line="202"/>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
</context>
<context>
    <name>Gpsi::HostResolver</name>
    <message>
        <location filename="../app/probes/hostresolver.cpp" line="52"/>
        <source>system resolver: lookup of &quot;%1&quot;</source>
        <translation>Namensauflösung des Systems: Abfrage von „%1“</translation>
    </message>
    <message>
        <location filename="../app/probes/hostresolver.cpp" line="59"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/probes/hostresolver.cpp" line="59"/>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <location filename="../app/probes/hostresolver.cpp" line="72"/>
        <source>address literal; no reverse name</source>
        <translation>Adressliteral; kein Name per Reverse-Lookup</translation>
    </message>
    <message>
        <location filename="../app/probes/hostresolver.cpp" line="73"/>
        <source>address literal; reverse name &quot;%1&quot;</source>
        <translation>Adressliteral; Name per Reverse-Lookup: „%1“</translation>
    </message>
    <message>
        <location filename="../app/probes/hostresolver.cpp" line="81"/>
        <location filename="../app/probes/hostresolver.cpp" line="87"/>
        <source>answer: %1 (%2 ms)</source>
        <translation>Antwort: %1 (%2 ms)</translation>
    </message>
    <message>
        <location filename="../app/probes/hostresolver.cpp" line="109"/>
        <source>DNS CNAME: &quot;%1&quot; is an alias of &quot;%2&quot;</source>
        <translation>DNS-CNAME: „%1“ ist ein Alias von „%2“</translation>
    </message>
    <message>
        <location filename="../app/probes/hostresolver.cpp" line="112"/>
        <source>DNS CNAME: none (not an alias)</source>
        <translation>DNS-CNAME: keiner (kein Alias)</translation>
    </message>
    <message>
        <location filename="../app/probes/hostresolver.cpp" line="114"/>
        <source>DNS CNAME query failed: %1</source>
        <translation>DNS-CNAME-Abfrage fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/probes/hostresolver.cpp" line="118"/>
        <source>DNS CNAME query: no answer in time</source>
        <translation>DNS-CNAME-Abfrage: keine rechtzeitige Antwort</translation>
    </message>
</context>
<context>
    <name>Gpsi::KerberosCheck</name>
    <message>
        <location filename="../app/checks/kerberos/kerberoscheck.cpp" line="27"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../app/checks/kerberos/kerberoscheck.cpp" line="29"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location filename="../app/checks/kerberos/kerberoscheck.cpp" line="30"/>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <location filename="../app/checks/kerberos/kerberoscheck.cpp" line="41"/>
        <source>Not available on this platform: this build of GPSI Doctor has no Kerberos implementation (GSSAPI from MIT Kerberos was not found when it was built; SSPI exists only on Windows).</source>
        <translation>Auf dieser Plattform nicht verfügbar: Dieser Build von GPSI Doctor enthält keine Kerberos-Implementierung (GSSAPI von MIT Kerberos wurde beim Erstellen nicht gefunden; SSPI gibt es nur unter Windows).</translation>
    </message>
    <message>
        <location filename="../app/checks/kerberos/kerberoscheck.cpp" line="78"/>
        <source>Cancelled while looking up the realm of %1.</source>
        <translation>Abgebrochen beim Ermitteln des Realms von %1.</translation>
    </message>
    <message>
        <location filename="../app/checks/kerberos/kerberoscheck.cpp" line="90"/>
        <source>Cancelled while asking the KDC for %1.</source>
        <translation>Abgebrochen bei der Anfrage an den KDC für %1.</translation>
    </message>
    <message>
        <location filename="../app/checks/kerberos/kerberoscheck.cpp" line="94"/>
        <source>Kerberos implementation: %1</source>
        <translation>Kerberos-Implementierung: %1</translation>
    </message>
    <message>
        <location filename="../app/checks/kerberos/kerberoscheck.cpp" line="96"/>
        <source>Credentials: %1</source>
        <translation>Anmeldeinformationen: %1</translation>
    </message>
    <message>
        <location filename="../app/checks/kerberos/kerberoscheck.cpp" line="97"/>
        <source>Service principal asked for: %1</source>
        <translation>Angeforderter Dienstprinzipalname (SPN): %1</translation>
    </message>
    <message>
        <location filename="../app/checks/kerberos/kerberoscheck.cpp" line="99"/>
        <source>Answer: %1 (%2) after %3 ms</source>
        <translation>Antwort: %1 (%2) nach %3 ms</translation>
    </message>
    <message>
        <location filename="../app/checks/kerberos/kerberoscheck.cpp" line="130"/>
        <source> %1 does not resolve here, but a ticket needs no address: the KDC was asked anyway.</source>
        <translation> %1 kann hier nicht aufgelöst werden, aber für ein Ticket ist keine Adresse nötig: Der KDC wurde trotzdem angefragt.</translation>
    </message>
    <message>
        <location filename="../app/checks/kerberos/kerberoscheck.cpp" line="135"/>
        <source>the current credentials</source>
        <translation>den aktuellen Anmeldeinformationen</translation>
    </message>
    <message>
        <location filename="../app/checks/kerberos/kerberoscheck.cpp" line="151"/>
        <source>, encrypted with %1</source>
        <translation>, verschlüsselt mit %1</translation>
    </message>
    <message>
        <location filename="../app/checks/kerberos/kerberoscheck.cpp" line="153"/>
        <source>, session key %1</source>
        <translation>, Sitzungsschlüssel %1</translation>
    </message>
    <message>
        <location filename="../app/checks/kerberos/kerberoscheck.cpp" line="155"/>
        <source>, valid for %1</source>
        <translation>, gültig für %1</translation>
    </message>
    <message>
        <location filename="../app/checks/kerberos/kerberoscheck.cpp" line="156"/>
        <source>The KDC issued a ticket for %1 to %2%3.</source>
        <translation>Der KDC hat ein Ticket für %1 ausgestellt, angefordert mit %2%3.</translation>
    </message>
    <message>
        <location filename="../app/checks/kerberos/kerberoscheck.cpp" line="159"/>
        <source> Tested as a user, not as the computer account: this proves the service principal exists.</source>
        <translation> Als Benutzer geprüft, nicht als Computerkonto: Das belegt, dass der Dienstprinzipalname existiert.</translation>
    </message>
    <message>
        <location filename="../app/checks/kerberos/kerberoscheck.cpp" line="170"/>
        <source>The KDC has no service principal %1 (realm %2): Kerberos to %3 fails under this name. KDC answer: %4.</source>
        <translation>Der KDC kennt keinen Dienstprinzipalnamen (SPN) %1 (Realm %2): Kerberos-Authentifizierung bei %3 schlägt unter diesem Namen fehl. Antwort des KDC: %4.</translation>
    </message>
    <message>
        <location filename="../app/checks/kerberos/kerberoscheck.cpp" line="172"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location filename="../app/checks/kerberos/kerberoscheck.cpp" line="177"/>
        <source>The KDC refused the request for %1 because of clock skew: %2.</source>
        <translation>Der KDC hat die Anforderung für %1 wegen einer Zeitabweichung abgelehnt: %2.</translation>
    </message>
    <message>
        <location filename="../app/checks/kerberos/kerberoscheck.cpp" line="182"/>
        <source>No KDC of realm %1 answered the request for %2: %3.</source>
        <translation>Kein KDC des Realms %1 hat auf die Anforderung für %2 geantwortet: %3.</translation>
    </message>
    <message>
        <location filename="../app/checks/kerberos/kerberoscheck.cpp" line="183"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location filename="../app/checks/kerberos/kerberoscheck.cpp" line="187"/>
        <source>No Kerberos realm is known for %1: %2.</source>
        <translation>Für %1 ist kein Kerberos-Realm bekannt: %2.</translation>
    </message>
    <message>
        <location filename="../app/checks/kerberos/kerberoscheck.cpp" line="192"/>
        <source>Not tested: no Kerberos credentials to ask with (%1). Run the check as the computer account (SYSTEM on Windows, --keytab /etc/krb5.keytab on a Linux machine joined to the domain) or after a domain logon (kinit).</source>
        <translation>Nicht geprüft: Für die Anfrage sind keine Kerberos-Anmeldeinformationen vorhanden (%1). Führen Sie die Prüfung als Computerkonto aus (SYSTEM unter Windows, --keytab /etc/krb5.keytab auf einem Linux-Computer, der Mitglied der Domäne ist) oder nach einer Domänenanmeldung (kinit).</translation>
    </message>
    <message>
        <location filename="../app/checks/kerberos/kerberoscheck.cpp" line="199"/>
        <source>Not available on this platform: %1</source>
        <translation>Auf dieser Plattform nicht verfügbar: %1</translation>
    </message>
    <message>
        <location filename="../app/checks/kerberos/kerberoscheck.cpp" line="204"/>
        <source>Kerberos failed for %1 as %2: %3.</source>
        <translation>Kerberos ist für %1 mit %2 fehlgeschlagen: %3.</translation>
    </message>
</context>
<context>
    <name>Gpsi::KnowledgeBase</name>
    <message>
        <location filename="../app/engine/diagnosis.cpp" line="79"/>
        <source>%1.%2: must be a non-empty string</source>
        <translation>%1.%2: muss eine nicht leere Zeichenfolge sein</translation>
    </message>
    <message>
        <location filename="../app/engine/diagnosis.cpp" line="95"/>
        <source>%1.%2: must be a%3 list of strings</source>
        <translation>%1.%2: muss eine%3 Liste von Zeichenfolgen sein</translation>
    </message>
    <message>
        <location filename="../app/engine/diagnosis.cpp" line="96"/>
        <source> non-empty</source>
        <translation> nicht leere</translation>
    </message>
    <message>
        <location filename="../app/engine/diagnosis.cpp" line="102"/>
        <source>%1.%2[%3]: must be a non-empty string</source>
        <translation>%1.%2[%3]: muss eine nicht leere Zeichenfolge sein</translation>
    </message>
    <message>
        <location filename="../app/engine/diagnosis.cpp" line="120"/>
        <source>%1.%2: must be a list</source>
        <translation>%1.%2: muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../app/engine/diagnosis.cpp" line="129"/>
        <location filename="../app/engine/diagnosis.cpp" line="228"/>
        <source>%1: must be an object</source>
        <translation>%1: muss ein Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/engine/diagnosis.cpp" line="136"/>
        <source>%1.weight: must be a number in (0, 1]</source>
        <translation>%1.weight: muss eine Zahl in (0, 1] sein</translation>
    </message>
    <message>
        <location filename="../app/engine/diagnosis.cpp" line="157"/>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <location filename="../app/engine/diagnosis.cpp" line="200"/>
        <source>not valid JSON (offset %1: %2)</source>
        <translation>kein gültiges JSON (Offset %1: %2)</translation>
    </message>
    <message>
        <location filename="../app/engine/diagnosis.cpp" line="206"/>
        <source>the document must be a JSON object</source>
        <translation>Das Dokument muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <location filename="../app/engine/diagnosis.cpp" line="212"/>
        <source>schemaVersion must be %1 (found %2)</source>
        <translation>schemaVersion muss %1 sein (gefunden: %2)</translation>
    </message>
    <message>
        <location filename="../app/engine/diagnosis.cpp" line="219"/>
        <source>&quot;causes&quot; must be a list</source>
        <translation>&quot;causes&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../app/engine/diagnosis.cpp" line="237"/>
        <source>%1.id: must look like GPSI-WORD-WORD (capitals, digits, &apos;-&apos;)</source>
        <translation>%1.id: muss die Form GPSI-WORT-WORT haben (Großbuchstaben, Ziffern, &apos;-&apos;)</translation>
    </message>
    <message>
        <location filename="../app/engine/diagnosis.cpp" line="240"/>
        <source>%1.id: duplicate id</source>
        <translation>%1.id: doppelte ID</translation>
    </message>
    <message>
        <location filename="../app/engine/diagnosis.cpp" line="244"/>
        <source>%1: unknown field &quot;%2&quot;</source>
        <translation>%1: unbekanntes Feld &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/engine/diagnosis.cpp" line="252"/>
        <source>%1.severity: must be one of info, warning, error, critical (found &quot;%2&quot;)</source>
        <translation>%1.severity: muss info, warning, error oder critical sein (gefunden: &quot;%2&quot;)</translation>
    </message>
    <message>
        <location filename="../app/engine/diagnosis.cpp" line="258"/>
        <source>%1.confidence: must be a number between 0 and 1</source>
        <translation>%1.confidence: muss eine Zahl zwischen 0 und 1 sein</translation>
    </message>
    <message>
        <location filename="../app/engine/diagnosis.cpp" line="262"/>
        <source>%1.scope: must be &quot;package&quot; or &quot;case&quot;</source>
        <translation>%1.scope: muss &quot;package&quot; oder &quot;case&quot; sein</translation>
    </message>
    <message>
        <location filename="../app/engine/diagnosis.cpp" line="265"/>
        <source>%1.when: is missing</source>
        <translation>%1.when: fehlt</translation>
    </message>
    <message>
        <location filename="../app/engine/diagnosis.cpp" line="276"/>
        <source>%1.references: must be a list</source>
        <translation>%1.references: muss eine Liste sein</translation>
    </message>
    <message>
        <location filename="../app/engine/diagnosis.cpp" line="285"/>
        <source>%1.references[%2]: needs a &quot;label&quot;</source>
        <translation>%1.references[%2]: benötigt ein &quot;label&quot;</translation>
    </message>
    <message>
        <location filename="../app/engine/diagnosis.cpp" line="289"/>
        <source>%1.references[%2].url: must be an http(s) address</source>
        <translation>%1.references[%2].url: muss eine http(s)-Adresse sein</translation>
    </message>
    <message>
        <location filename="../app/engine/diagnosis.cpp" line="307"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>Gpsi::LiveEventReader</name>
    <message>
        <location filename="../app/eventlog/liveeventreader.cpp" line="240"/>
        <source>further issues are not listed</source>
        <translation>weitere Probleme werden nicht aufgeführt</translation>
    </message>
    <message>
        <location filename="../app/eventlog/liveeventreader.cpp" line="473"/>
        <location filename="../app/eventlog/liveeventreader.cpp" line="587"/>
        <source>live event logs can only be read on Windows</source>
        <translation>lokale Ereignisprotokolle können nur unter Windows gelesen werden</translation>
    </message>
    <message>
        <location filename="../app/eventlog/liveeventreader.cpp" line="521"/>
        <source>an event could not be read: %1</source>
        <translation>ein Ereignis konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/eventlog/liveeventreader.cpp" line="547"/>
        <source>Windows rejected the query with %1 expressions per XPath; it was read with at most %2</source>
        <translation>Windows hat die Abfrage mit %1 Ausdrücken pro XPath abgelehnt; das Protokoll wurde mit höchstens %2 gelesen</translation>
    </message>
    <message>
        <location filename="../app/eventlog/liveeventreader.cpp" line="560"/>
        <source>part of the query failed: %1</source>
        <translation>ein Teil der Abfrage ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/eventlog/liveeventreader.cpp" line="570"/>
        <source>the %1 log does not exist on this computer: %2</source>
        <translation>das Protokoll %1 ist auf diesem Computer nicht vorhanden: %2</translation>
    </message>
    <message>
        <location filename="../app/eventlog/liveeventreader.cpp" line="574"/>
        <source>access to the %1 log was denied (run GPSI Doctor as an administrator): %2</source>
        <translation>der Zugriff auf das Protokoll %1 wurde verweigert (führen Sie GPSI Doctor als Administrator aus): %2</translation>
    </message>
    <message>
        <location filename="../app/eventlog/liveeventreader.cpp" line="582"/>
        <source>Windows rejected the query for the %1 log: %2</source>
        <translation>Windows hat die Abfrage für das Protokoll %1 abgelehnt: %2</translation>
    </message>
    <message>
        <location filename="../app/eventlog/liveeventreader.cpp" line="590"/>
        <source>cannot read the %1 log: %2</source>
        <translation>das Protokoll %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/eventlog/liveeventreader.cpp" line="597"/>
        <source>stopped after %1 events (the limit per log)</source>
        <translation>nach %1 Ereignissen angehalten (Höchstzahl pro Protokoll)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/eventlog/liveeventreader.cpp" line="600"/>
        <source>%n event(s) could not be rendered by Windows</source>
        <translation>
            <numerusform>%n Ereignis konnte von Windows nicht aufbereitet werden</numerusform>
            <numerusform>%n Ereignisse konnten von Windows nicht aufbereitet werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Gpsi::LogFormat</name>
    <message>
        <location filename="../app/eventlog/logformat.cpp" line="41"/>
        <source>%1 is a folder, not a file</source>
        <translation>%1 ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location filename="../app/eventlog/logformat.cpp" line="43"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../app/eventlog/logformat.cpp" line="50"/>
        <source>the file is empty</source>
        <translation>Die Datei ist leer</translation>
    </message>
    <message>
        <location filename="../app/eventlog/logformat.cpp" line="55"/>
        <source>Windows XML Event Log, format %1.%2</source>
        <translation>Windows-XML-Ereignisprotokoll, Format %1.%2</translation>
    </message>
    <message>
        <location filename="../app/eventlog/logformat.cpp" line="59"/>
        <source>legacy Windows event log (Windows 2000/XP/2003)</source>
        <translation>älteres Windows-Ereignisprotokoll (Windows 2000/XP/2003)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/logformat.cpp" line="63"/>
        <source>event XML (wevtutil or Event Viewer export)</source>
        <translation>Ereignis-XML (Export aus wevtutil oder der Ereignisanzeige)</translation>
    </message>
    <message>
        <source>Event Viewer CSV export</source>
        <translation type="vanished">CSV-Export der Ereignisanzeige</translation>
    </message>
    <message>
        <source>Event Viewer text export</source>
        <translation type="vanished">Textexport der Ereignisanzeige</translation>
    </message>
    <message>
        <location filename="../app/eventlog/logformat.cpp" line="70"/>
        <source>not an event log (no EVTX, EVT, XML or CSV signature)</source>
        <translation>kein Ereignisprotokoll (keine EVTX-, EVT-, XML- oder CSV-Signatur)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/logformat.cpp" line="98"/>
        <source>EVTX event log</source>
        <translation>EVTX-Ereignisprotokoll</translation>
    </message>
    <message>
        <location filename="../app/eventlog/logformat.cpp" line="100"/>
        <source>EVT event log (legacy)</source>
        <translation>EVT-Ereignisprotokoll (älteres Format)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/logformat.cpp" line="102"/>
        <source>Event XML</source>
        <translation>Ereignis-XML</translation>
    </message>
    <message>
        <location filename="../app/eventlog/logformat.cpp" line="104"/>
        <source>Event CSV export</source>
        <translation>Ereignis-CSV-Export</translation>
    </message>
    <message>
        <location filename="../app/eventlog/logformat.cpp" line="106"/>
        <source>Event text export</source>
        <translation>Ereignis-Textexport</translation>
    </message>
    <message>
        <location filename="../app/eventlog/logformat.cpp" line="108"/>
        <source>Not an event log</source>
        <translation>Kein Ereignisprotokoll</translation>
    </message>
    <message>
        <location filename="../app/eventlog/logformat.cpp" line="110"/>
        <source>Unreadable</source>
        <translation>Nicht lesbar</translation>
    </message>
</context>
<context>
    <name>Gpsi::MainWizard</name>
    <message>
        <location filename="../ui/mainwizard.cpp" line="45"/>
        <location filename="../ui/mainwizard.cpp" line="144"/>
        <source>GPSI Doctor</source>
        <translation>GPSI Doctor</translation>
    </message>
    <message>
        <location filename="../ui/mainwizard.cpp" line="52"/>
        <source>&amp;Open case...</source>
        <translation>Fall ö&amp;ffnen...</translation>
    </message>
    <message>
        <location filename="../ui/mainwizard.cpp" line="53"/>
        <source>&amp;Save case...</source>
        <translation>Fall &amp;speichern...</translation>
    </message>
    <message>
        <location filename="../ui/mainwizard.cpp" line="55"/>
        <source>Open a saved case</source>
        <translation>Gespeicherten Fall öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwizard.cpp" line="56"/>
        <source>Open a case file saved earlier</source>
        <translation>Zuvor gespeicherte Falldatei öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwizard.cpp" line="58"/>
        <source>Save the case</source>
        <translation>Fall speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwizard.cpp" line="60"/>
        <source>Save the package paths, evidence files and case details to a file</source>
        <translation>Paketpfade, Belegdateien und Falldetails in einer Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwizard.cpp" line="61"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/mainwizard.cpp" line="62"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/mainwizard.cpp" line="63"/>
        <source>Finish</source>
        <translation>Fertig stellen</translation>
    </message>
    <message>
        <location filename="../ui/mainwizard.cpp" line="64"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/mainwizard.cpp" line="144"/>
        <source>GPSI Doctor — demo scenario</source>
        <translation>GPSI Doctor — Demo-Szenario</translation>
    </message>
    <message>
        <location filename="../ui/mainwizard.cpp" line="186"/>
        <location filename="../ui/mainwizard.cpp" line="192"/>
        <source>Open case</source>
        <translation>Fall öffnen</translation>
    </message>
    <message>
        <location filename="../ui/mainwizard.cpp" line="186"/>
        <source>GPSI Doctor cases (*.json);;All files (*)</source>
        <translation>GPSI-Doctor-Fälle (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/mainwizard.cpp" line="193"/>
        <source>Could not open %1:
%2</source>
        <translation>%1 konnte nicht geöffnet werden:
%2</translation>
    </message>
    <message>
        <location filename="../ui/mainwizard.cpp" line="201"/>
        <location filename="../ui/mainwizard.cpp" line="211"/>
        <source>Save case</source>
        <translation>Fall speichern</translation>
    </message>
    <message>
        <location filename="../ui/mainwizard.cpp" line="202"/>
        <source>GPSI Doctor cases (*.json)</source>
        <translation>GPSI-Doctor-Fälle (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/mainwizard.cpp" line="212"/>
        <source>Could not save %1:
%2</source>
        <translation>%1 konnte nicht gespeichert werden:
%2</translation>
    </message>
</context>
<context>
    <name>Gpsi::ModuleMetadata</name>
    <message>
        <location filename="../app/engine/modulemetadata.cpp" line="54"/>
        <source>&quot;%1&quot; is missing</source>
        <translation>&quot;%1&quot; fehlt</translation>
    </message>
    <message>
        <location filename="../app/engine/modulemetadata.cpp" line="65"/>
        <source>&quot;%1&quot; must be a list of strings</source>
        <translation>&quot;%1&quot; muss eine Liste von Zeichenfolgen sein</translation>
    </message>
    <message>
        <location filename="../app/engine/modulemetadata.cpp" line="72"/>
        <source>&quot;%1&quot;[%2] must be a string</source>
        <translation>&quot;%1&quot;[%2] muss eine Zeichenfolge sein</translation>
    </message>
    <message>
        <location filename="../app/engine/modulemetadata.cpp" line="88"/>
        <source>&quot;%1&quot; must be a string</source>
        <translation>&quot;%1&quot; muss eine Zeichenfolge sein</translation>
    </message>
    <message>
        <location filename="../app/engine/modulemetadata.cpp" line="93"/>
        <source>&quot;%1&quot; must not be empty</source>
        <translation>&quot;%1&quot; darf nicht leer sein</translation>
    </message>
    <message>
        <location filename="../app/engine/modulemetadata.cpp" line="109"/>
        <source>&quot;id&quot; &quot;%1&quot; must be 2-64 characters of a-z, 0-9 and &apos;-&apos;, starting with a letter</source>
        <translation>&quot;id&quot; &quot;%1&quot; muss aus 2-64 Zeichen aus a-z, 0-9 und &apos;-&apos; bestehen und mit einem Buchstaben beginnen</translation>
    </message>
    <message>
        <location filename="../app/engine/modulemetadata.cpp" line="118"/>
        <source>&quot;category&quot; &quot;%1&quot; is not one of: %2</source>
        <translation>&quot;category&quot; &quot;%1&quot; ist keiner der folgenden Werte: %2</translation>
    </message>
    <message>
        <location filename="../app/engine/modulemetadata.cpp" line="124"/>
        <source>&quot;requires&quot; names an invalid fact key &quot;%1&quot;</source>
        <translation>&quot;requires&quot; nennt einen ungültigen Faktschlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/engine/modulemetadata.cpp" line="130"/>
        <source>&quot;uses&quot; names an invalid fact key &quot;%1&quot;</source>
        <translation>&quot;uses&quot; nennt einen ungültigen Faktschlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/engine/modulemetadata.cpp" line="135"/>
        <source>&quot;provides&quot; must name at least one fact</source>
        <translation>&quot;provides&quot; muss mindestens einen Fakt nennen</translation>
    </message>
    <message>
        <location filename="../app/engine/modulemetadata.cpp" line="138"/>
        <source>&quot;provides&quot; names an invalid fact key &quot;%1&quot;</source>
        <translation>&quot;provides&quot; nennt einen ungültigen Faktschlüssel &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/engine/modulemetadata.cpp" line="143"/>
        <source>&quot;%1&quot; is both required and provided</source>
        <translation>&quot;%1&quot; wird sowohl benötigt als auch geliefert</translation>
    </message>
    <message>
        <location filename="../app/engine/modulemetadata.cpp" line="147"/>
        <source>&quot;%1&quot; is both used and provided</source>
        <translation>&quot;%1&quot; wird sowohl verwendet als auch geliefert</translation>
    </message>
    <message>
        <location filename="../app/engine/modulemetadata.cpp" line="151"/>
        <source>&quot;platforms&quot; must name at least one platform</source>
        <translation>&quot;platforms&quot; muss mindestens eine Plattform nennen</translation>
    </message>
    <message>
        <location filename="../app/engine/modulemetadata.cpp" line="154"/>
        <source>&quot;platforms&quot; names an unknown platform &quot;%1&quot; (known: %2)</source>
        <translation>&quot;platforms&quot; nennt eine unbekannte Plattform &quot;%1&quot; (bekannt: %2)</translation>
    </message>
    <message>
        <location filename="../app/engine/modulemetadata.cpp" line="165"/>
        <source>&quot;scope&quot; must be &quot;package&quot; or &quot;case&quot;, not &quot;%1&quot;</source>
        <translation>&quot;scope&quot; muss &quot;package&quot; oder &quot;case&quot; sein, nicht &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Gpsi::ModuleRegistry</name>
    <message>
        <location filename="../app/engine/moduleregistry.cpp" line="28"/>
        <source>cannot read module metadata: %1</source>
        <translation>Modulmetadaten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/engine/moduleregistry.cpp" line="34"/>
        <source>module metadata is not a JSON object (offset %1: %2)</source>
        <translation>Modulmetadaten sind kein JSON-Objekt (Offset %1: %2)</translation>
    </message>
    <message>
        <location filename="../app/engine/moduleregistry.cpp" line="51"/>
        <source>invalid module metadata%1: %2</source>
        <translation>ungültige Modulmetadaten%1: %2</translation>
    </message>
    <message>
        <location filename="../app/engine/moduleregistry.cpp" line="60"/>
        <source>a module with id &quot;%1&quot; is already registered (from %2); this one is skipped</source>
        <translation>Ein Modul mit der ID &quot;%1&quot; ist bereits registriert (aus %2); dieses wird übersprungen</translation>
    </message>
    <message>
        <location filename="../app/engine/moduleregistry.cpp" line="96"/>
        <source>not a Qt plugin, or its metadata cannot be read: %1</source>
        <translation>kein Qt-Plug-In, oder seine Metadaten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../app/engine/moduleregistry.cpp" line="101"/>
        <source>plugin implements interface &quot;%1&quot;, this build needs &quot;%2&quot;</source>
        <translation>Plug-In implementiert die Schnittstelle &quot;%1&quot;, dieser Build benötigt &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/engine/moduleregistry.cpp" line="108"/>
        <source>plugin carries no module metadata (Q_PLUGIN_METADATA FILE)</source>
        <translation>Plug-In enthält keine Modulmetadaten (Q_PLUGIN_METADATA FILE)</translation>
    </message>
    <message>
        <location filename="../app/engine/moduleregistry.cpp" line="120"/>
        <source>plugin root object does not implement the check module interface</source>
        <translation>Das Stammobjekt des Plug-Ins implementiert die Prüfmodul-Schnittstelle nicht</translation>
    </message>
    <message>
        <location filename="../app/engine/moduleregistry.cpp" line="121"/>
        <source>cannot load plugin: %1</source>
        <translation>Plug-In kann nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>Gpsi::NameResolutionCheck</name>
    <message>
        <location filename="../app/checks/nameresolution/nameresolutioncheck.cpp" line="41"/>
        <source>case option hostOverrides: %1 -&gt; %2 (the system resolver was not asked)</source>
        <translation>Falloption hostOverrides: %1 -&gt; %2 (die Namensauflösung des Systems wurde nicht abgefragt)</translation>
    </message>
    <message>
        <location filename="../app/checks/nameresolution/nameresolutioncheck.cpp" line="50"/>
        <source>%1 resolves to %2 by the case&apos;s host override.</source>
        <translation>%1 wird durch die Host-Überschreibung des Falls in %2 aufgelöst.</translation>
    </message>
    <message>
        <location filename="../app/checks/nameresolution/nameresolutioncheck.cpp" line="63"/>
        <source>Cancelled while resolving %1.</source>
        <translation>Abgebrochen beim Auflösen von %1.</translation>
    </message>
    <message>
        <location filename="../app/checks/nameresolution/nameresolutioncheck.cpp" line="73"/>
        <source>%1 does not resolve: %2</source>
        <translation>%1 kann nicht aufgelöst werden: %2</translation>
    </message>
    <message>
        <location filename="../app/checks/nameresolution/nameresolutioncheck.cpp" line="83"/>
        <source>%1 is an address; no name is registered for it.</source>
        <translation>%1 ist eine Adresse; für sie ist kein Name registriert.</translation>
    </message>
    <message>
        <location filename="../app/checks/nameresolution/nameresolutioncheck.cpp" line="84"/>
        <source>%1 is an address; its name is %2.</source>
        <translation>%1 ist eine Adresse; ihr Name ist %2.</translation>
    </message>
    <message>
        <location filename="../app/checks/nameresolution/nameresolutioncheck.cpp" line="92"/>
        <source>%1 is an alias of %2 and resolves to %3 (%4 ms).</source>
        <translation>%1 ist ein Alias von %2 und wird in %3 aufgelöst (%4 ms).</translation>
    </message>
    <message>
        <location filename="../app/checks/nameresolution/nameresolutioncheck.cpp" line="97"/>
        <source>%1 resolves to %2 (%3 ms).</source>
        <translation>%1 wird in %2 aufgelöst (%3 ms).</translation>
    </message>
</context>
<context>
    <name>Gpsi::NotAssessedView</name>
    <message>
        <location filename="../ui/findingview.cpp" line="222"/>
        <source>Not assessed (%1)</source>
        <translation>Nicht bewertet (%1)</translation>
    </message>
    <message>
        <location filename="../ui/findingview.cpp" line="223"/>
        <source>Known causes that could be neither confirmed nor ruled out: the facts they need come from checks that did not run or are not available yet.</source>
        <translation>Bekannte Ursachen, die weder bestätigt noch ausgeschlossen werden konnten: Die benötigten Fakten stammen aus Prüfungen, die nicht ausgeführt wurden oder noch nicht verfügbar sind.</translation>
    </message>
    <message>
        <location filename="../ui/findingview.cpp" line="226"/>
        <source>Not assessed causes</source>
        <translation>Nicht bewertete Ursachen</translation>
    </message>
    <message>
        <location filename="../ui/findingview.cpp" line="235"/>
        <source>Whole case</source>
        <translation>Gesamter Fall</translation>
    </message>
    <message>
        <location filename="../ui/findingview.cpp" line="241"/>
        <source>%1 — needs %2 · cause %3</source>
        <translation>%1 — benötigt %2 · Ursache %3</translation>
    </message>
</context>
<context>
    <name>Gpsi::Nt4Simulator</name>
    <message>
        <location filename="../app/probes/nt4simulator.cpp" line="288"/>
        <source>cannot listen on %1: %2</source>
        <translation>kann nicht an %1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>Gpsi::PackagePage</name>
    <message>
        <location filename="../ui/packagepage.cpp" line="48"/>
        <location filename="../ui/packagepage.cpp" line="54"/>
        <source>Package path</source>
        <translation>Paketpfad</translation>
    </message>
    <message>
        <location filename="../ui/packagepage.cpp" line="49"/>
        <source>Enter the path of the package exactly as the Group Policy object names it. Add several paths to diagnose them together.</source>
        <translation>Geben Sie den Pfad des Pakets genau so ein, wie er im Gruppenrichtlinienobjekt angegeben ist. Fügen Sie mehrere Pfade hinzu, um sie gemeinsam zu diagnostizieren.</translation>
    </message>
    <message>
        <location filename="../ui/packagepage.cpp" line="56"/>
        <source>The path is checked as you type; the result is shown below the field.</source>
        <translation>Der Pfad wird bereits bei der Eingabe geprüft; das Ergebnis wird unter dem Feld angezeigt.</translation>
    </message>
    <message>
        <location filename="../ui/packagepage.cpp" line="57"/>
        <source>\\fileserver\software\app.msi</source>
        <translation>\\fileserver\software\app.msi</translation>
    </message>
    <message>
        <location filename="../ui/packagepage.cpp" line="58"/>
        <source>Package &amp;path:</source>
        <translation>&amp;Paketpfad:</translation>
    </message>
    <message>
        <location filename="../ui/packagepage.cpp" line="67"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/packagepage.cpp" line="69"/>
        <source>Add the path to the list</source>
        <translation>Pfad zur Liste hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/packagepage.cpp" line="74"/>
        <source>Rec&amp;ent</source>
        <translation>&amp;Zuletzt verwendet</translation>
    </message>
    <message>
        <location filename="../ui/packagepage.cpp" line="75"/>
        <source>Recent package paths</source>
        <translation>Zuletzt verwendete Paketpfade</translation>
    </message>
    <message>
        <location filename="../ui/packagepage.cpp" line="76"/>
        <source>Paths diagnosed before</source>
        <translation>Bereits diagnostizierte Pfade</translation>
    </message>
    <message>
        <location filename="../ui/packagepage.cpp" line="93"/>
        <source>Paste from e&amp;vent text...</source>
        <translation>Aus Ereignis&amp;text einfügen...</translation>
    </message>
    <message>
        <location filename="../ui/packagepage.cpp" line="95"/>
        <source>Paste from event text</source>
        <translation>Aus Ereignistext einfügen</translation>
    </message>
    <message>
        <location filename="../ui/packagepage.cpp" line="97"/>
        <source>Paste the text of an Event Viewer event and take the package paths from it</source>
        <translation>Text eines Ereignisses aus der Ereignisanzeige einfügen und die Paketpfade daraus übernehmen</translation>
    </message>
    <message>
        <location filename="../ui/packagepage.cpp" line="102"/>
        <source>Package paths to diagnose</source>
        <translation>Zu diagnostizierende Paketpfade</translation>
    </message>
    <message>
        <location filename="../ui/packagepage.cpp" line="106"/>
        <source>Paths to &amp;diagnose:</source>
        <translation>Zu &amp;diagnostizierende Pfade:</translation>
    </message>
    <message>
        <location filename="../ui/packagepage.cpp" line="109"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/packagepage.cpp" line="111"/>
        <source>Remove the selected paths</source>
        <translation>Ausgewählte Pfade entfernen</translation>
    </message>
    <message>
        <location filename="../ui/packagepage.cpp" line="133"/>
        <source>Tip: paste the value of the package&apos;s msiFileList attribute or the path shown on the Deployment tab; quotes and a &quot;0:&quot; index prefix are understood.</source>
        <translation>Tipp: Fügen Sie den Wert des Attributs msiFileList des Pakets oder den auf der Registerkarte „Bereitstellung“ angezeigten Pfad ein; Anführungszeichen und ein Indexpräfix &quot;0:&quot; werden erkannt.</translation>
    </message>
    <message>
        <location filename="../ui/packagepage.cpp" line="337"/>
        <source>Type or paste a package path, for example \\fileserver.example.com\software\app.msi.</source>
        <translation>Geben Sie einen Paketpfad ein, oder fügen Sie ihn ein, zum Beispiel \\fileserver.example.com\software\app.msi.</translation>
    </message>
    <message>
        <location filename="../ui/packagepage.cpp" line="339"/>
        <source>Select a path in the list to see how it reads, or add another one.</source>
        <translation>Wählen Sie einen Pfad in der Liste aus, um zu sehen, wie er gelesen wird, oder fügen Sie einen weiteren hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/packagepage.cpp" line="344"/>
        <source>As a UNC path: %1</source>
        <translation>Als UNC-Pfad: %1</translation>
    </message>
    <message>
        <location filename="../ui/packagepage.cpp" line="346"/>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <location filename="../ui/packagepage.cpp" line="348"/>
        <source>Not a UNC path: the checks will show whether client computers can reach it.</source>
        <translation>Kein UNC-Pfad: Die Prüfungen zeigen, ob Clientcomputer ihn erreichen können.</translation>
    </message>
    <message>
        <location filename="../ui/packagepage.cpp" line="351"/>
        <source>You can still go on: the checks will explain what this means for the installation.</source>
        <translation>Sie können trotzdem fortfahren: Die Prüfungen erklären, was dies für die Installation bedeutet.</translation>
    </message>
    <message>
        <location filename="../ui/packagepage.cpp" line="356"/>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <location filename="../ui/packagepage.cpp" line="357"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../ui/packagepage.cpp" line="358"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/packagepage.cpp" line="359"/>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>Gpsi::PackagePath</name>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="61"/>
        <source>The %1 &quot;%2&quot; contains the control character %3.</source>
        <translation>Der %1 „%2“ enthält das Steuerzeichen %3.</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="65"/>
        <source>The %1 contains the invisible character %2 (often pasted from a document or web page).</source>
        <translation>Der %1 enthält das unsichtbare Zeichen %2 (oft aus einem Dokument oder einer Webseite eingefügt).</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="70"/>
        <source>The %1 &quot;%2&quot; contains %3, which Windows does not allow there.</source>
        <translation>Der %1 „%2“ enthält %3, was Windows dort nicht zulässt.</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="82"/>
        <source>The path contains a &quot;%1&quot; segment; give the plain path to the package.</source>
        <translation>Der Pfad enthält ein Segment „%1“; geben Sie den direkten Pfad zum Paket an.</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="89"/>
        <source>The %1 &quot;%2&quot; ends with a dot or space, which Windows strips: the name on disk cannot match.</source>
        <translation>Der %1 „%2“ endet mit einem Punkt oder Leerzeichen, das Windows entfernt: Der Name auf dem Datenträger kann nicht übereinstimmen.</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="95"/>
        <source>The %1 &quot;%2&quot; is a reserved device name in Windows.</source>
        <translation>Der %1 „%2“ ist in Windows ein reservierter Gerätename.</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="100"/>
        <source>A path component is %1 characters long; Windows allows at most %2.</source>
        <translation>Ein Pfadbestandteil ist %1 Zeichen lang; Windows erlaubt höchstens %2.</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="113"/>
        <source>The path names no server.</source>
        <translation>Der Pfad nennt keinen Server.</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="116"/>
        <source>server name</source>
        <translation>Servername</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="144"/>
        <source>Windows does not accept an IPv6 address with colons in a UNC path; it must be written as &quot;%1.ipv6-literal.net&quot;.</source>
        <translation>Windows akzeptiert in einem UNC-Pfad keine IPv6-Adresse mit Doppelpunkten; sie muss als „%1.ipv6-literal.net“ geschrieben werden.</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="153"/>
        <source>The server name &quot;%1&quot; contains &apos;:&apos;; a UNC path cannot carry a port or a drive.</source>
        <translation>Der Servername „%1“ enthält &apos;:&apos;; ein UNC-Pfad kann weder einen Port noch ein Laufwerk enthalten.</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="169"/>
        <source>&quot;%1&quot; looks like an IPv4 address but a part is above 255.</source>
        <translation>„%1“ sieht wie eine IPv4-Adresse aus, aber ein Teil ist größer als 255.</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="178"/>
        <source>&quot;%1&quot; is an abbreviated or numeric IPv4 address; write the server&apos;s name instead.</source>
        <translation>„%1“ ist eine abgekürzte oder numerische IPv4-Adresse; geben Sie stattdessen den Namen des Servers an.</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="194"/>
        <source>The server name &quot;%1&quot; contains %2, which no DNS or NetBIOS name may contain.</source>
        <translation>Der Servername „%1“ enthält %2, was in keinem DNS- oder NetBIOS-Namen vorkommen darf.</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="203"/>
        <source>The server name is longer than the 253 characters DNS allows.</source>
        <translation>Der Servername ist länger als die 253 Zeichen, die DNS zulässt.</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="209"/>
        <source>The server name &quot;%1&quot; has an empty label (two dots in a row, or a leading dot).</source>
        <translation>Der Servername „%1“ enthält eine leere Bezeichnung (zwei Punkte hintereinander oder ein führender Punkt).</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="216"/>
        <source>A label of the server name is longer than 63 characters.</source>
        <translation>Eine Bezeichnung des Servernamens ist länger als 63 Zeichen.</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="222"/>
        <source>The server name &quot;%1&quot; has a label that starts or ends with &apos;-&apos;.</source>
        <translation>Der Servername „%1“ enthält eine Bezeichnung, die mit &apos;-&apos; beginnt oder endet.</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="234"/>
        <source>The short server name &quot;%1&quot; is longer than the 15 characters a NetBIOS name can have; use the server&apos;s fully qualified DNS name.</source>
        <translation>Der kurze Servername „%1“ ist länger als die 15 Zeichen, die ein NetBIOS-Name haben kann; verwenden Sie den vollqualifizierten DNS-Namen des Servers.</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="244"/>
        <source>share name</source>
        <translation>Freigabename</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="251"/>
        <source>The share name is longer than the 80 characters Windows allows.</source>
        <translation>Der Freigabename ist länger als die 80 Zeichen, die Windows zulässt.</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="257"/>
        <source>The share name &quot;%1&quot; starts or ends with a space.</source>
        <translation>Der Freigabename „%1“ beginnt oder endet mit einem Leerzeichen.</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="267"/>
        <source>The path ends at the share; it must name the package file (for example \\%1\%2\app.msi).</source>
        <translation>Der Pfad endet bei der Freigabe; er muss die Paketdatei nennen (zum Beispiel \\%1\%2\app.msi).</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="270"/>
        <source>The path names no package file.</source>
        <translation>Der Pfad nennt keine Paketdatei.</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="280"/>
        <source>The path contains an empty segment (two backslashes in a row).</source>
        <translation>Der Pfad enthält ein leeres Segment (zwei umgekehrte Schrägstriche hintereinander).</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="285"/>
        <source>file name</source>
        <translation>Dateiname</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="286"/>
        <source>folder name</source>
        <translation>Ordnername</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="290"/>
        <source>The path ends with a backslash: it names a folder, not a package file.</source>
        <translation>Der Pfad endet mit einem umgekehrten Schrägstrich: Er nennt einen Ordner, keine Paketdatei.</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="324"/>
        <source>The path starts with more than two backslashes or names no server.</source>
        <translation>Der Pfad beginnt mit mehr als zwei umgekehrten Schrägstrichen oder nennt keinen Server.</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="335"/>
        <source>The path names the server &quot;%1&quot; but no share.</source>
        <translation>Der Pfad nennt den Server „%1“, aber keine Freigabe.</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="354"/>
        <source>&quot;%1:&quot; without a backslash is relative to the current folder of drive %1.</source>
        <translation>„%1:“ ohne umgekehrten Schrägstrich ist relativ zum aktuellen Ordner von Laufwerk %1.</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="442"/>
        <source>No package path was given.</source>
        <translation>Es wurde kein Paketpfad angegeben.</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="470"/>
        <source>&quot;%1&quot; is a Windows device or volume path, not a file share.</source>
        <translation>„%1“ ist ein Windows-Geräte- oder Volumepfad, keine Dateifreigabe.</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="481"/>
        <source>The path is %1 characters long; Windows Installer sources are limited to %2.</source>
        <translation>Der Pfad ist %1 Zeichen lang; Windows Installer-Quellen sind auf %2 begrenzt.</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="591"/>
        <source>no server</source>
        <translation>kein Server</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="593"/>
        <source>short (NetBIOS) server name</source>
        <translation>kurzer Servername (NetBIOS)</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="595"/>
        <source>fully qualified server name</source>
        <translation>vollqualifizierter Servername</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="597"/>
        <source>IPv4 address</source>
        <translation>IPv4-Adresse</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="599"/>
        <source>IPv6 address</source>
        <translation>IPv6-Adresse</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="608"/>
        <source>No path</source>
        <translation>Kein Pfad</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="610"/>
        <source>UNC path with a %1</source>
        <translation>UNC-Pfad (%1)</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="612"/>
        <source>Drive-letter path (%1:)</source>
        <translation>Pfad mit Laufwerkbuchstabe (%1:)</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="614"/>
        <source>Relative path</source>
        <translation>Relativer Pfad</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="616"/>
        <source>file:// URL to a local file</source>
        <translation>file://-URL zu einer lokalen Datei</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="616"/>
        <source>file:// URL to a share</source>
        <translation>file://-URL zu einer Freigabe</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="618"/>
        <source>%1 URL</source>
        <translation>%1-URL</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="620"/>
        <source>Windows device path</source>
        <translation>Windows-Gerätepfad</translation>
    </message>
    <message>
        <location filename="../app/engine/packagepath.cpp" line="622"/>
        <source>Malformed path</source>
        <translation>Fehlerhafter Pfad</translation>
    </message>
</context>
<context>
    <name>Gpsi::PackagePathCheck</name>
    <message>
        <location filename="../app/checks/packagepath/packagepathcheck.cpp" line="15"/>
        <source>as given: %1</source>
        <translation>wie angegeben: %1</translation>
    </message>
    <message>
        <location filename="../app/checks/packagepath/packagepathcheck.cpp" line="81"/>
        <source>drive %1: is %2 on this machine</source>
        <translation>Laufwerk %1: ist auf diesem Computer vom Typ %2</translation>
    </message>
    <message>
        <location filename="../app/checks/packagepath/packagepathcheck.cpp" line="82"/>
        <source>drive %1: judged by its letter (drive type %2 here)</source>
        <translation>Laufwerk %1: nach dem Laufwerkbuchstaben beurteilt (Laufwerktyp hier: %2)</translation>
    </message>
    <message>
        <location filename="../app/checks/packagepath/packagepathcheck.cpp" line="92"/>
        <source>form: %1</source>
        <translation>Form: %1</translation>
    </message>
    <message>
        <location filename="../app/checks/packagepath/packagepathcheck.cpp" line="95"/>
        <source>No package path was given.</source>
        <translation>Es wurde kein Paketpfad angegeben.</translation>
    </message>
    <message>
        <location filename="../app/checks/packagepath/packagepathcheck.cpp" line="98"/>
        <source>The package path is malformed.</source>
        <translation>Der Paketpfad ist fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../app/checks/packagepath/packagepathcheck.cpp" line="102"/>
        <source>Mapped drive letter %1: instead of a UNC path.</source>
        <translation>Zugeordneter Laufwerkbuchstabe %1: statt eines UNC-Pfads.</translation>
    </message>
    <message>
        <location filename="../app/checks/packagepath/packagepathcheck.cpp" line="103"/>
        <source>Local path on drive %1: instead of a UNC path.</source>
        <translation>Lokaler Pfad auf Laufwerk %1: statt eines UNC-Pfads.</translation>
    </message>
    <message>
        <location filename="../app/checks/packagepath/packagepathcheck.cpp" line="106"/>
        <source>Relative path instead of a UNC path.</source>
        <translation>Relativer Pfad statt eines UNC-Pfads.</translation>
    </message>
    <message>
        <location filename="../app/checks/packagepath/packagepathcheck.cpp" line="108"/>
        <source>%1 URL instead of a UNC path.</source>
        <translation>%1-URL statt eines UNC-Pfads.</translation>
    </message>
    <message>
        <location filename="../app/checks/packagepath/packagepathcheck.cpp" line="110"/>
        <source>file:// URL instead of a UNC path.</source>
        <translation>file://-URL statt eines UNC-Pfads.</translation>
    </message>
    <message>
        <location filename="../app/checks/packagepath/packagepathcheck.cpp" line="115"/>
        <source>UNC path names the server by IP address (%1).</source>
        <translation>Der UNC-Pfad nennt den Server per IP-Adresse (%1).</translation>
    </message>
    <message>
        <location filename="../app/checks/packagepath/packagepathcheck.cpp" line="118"/>
        <source>The UNC path is malformed.</source>
        <translation>Der UNC-Pfad ist fehlerhaft.</translation>
    </message>
    <message>
        <location filename="../app/checks/packagepath/packagepathcheck.cpp" line="120"/>
        <source>UNC path to the administrative share %1.</source>
        <translation>UNC-Pfad zur administrativen Freigabe %1.</translation>
    </message>
    <message>
        <location filename="../app/checks/packagepath/packagepathcheck.cpp" line="125"/>
        <source>The path does not name a Windows Installer package (.msi).</source>
        <translation>Der Pfad nennt kein Windows Installer-Paket (.msi).</translation>
    </message>
    <message>
        <location filename="../app/checks/packagepath/packagepathcheck.cpp" line="126"/>
        <source>The file is a .%1, not a Windows Installer package (.msi).</source>
        <translation>Die Datei ist eine .%1-Datei, kein Windows Installer-Paket (.msi).</translation>
    </message>
    <message>
        <location filename="../app/checks/packagepath/packagepathcheck.cpp" line="129"/>
        <source>UNC path names this computer (%1), not a server.</source>
        <translation>Der UNC-Pfad nennt diesen Computer (%1), keinen Server.</translation>
    </message>
    <message>
        <location filename="../app/checks/packagepath/packagepathcheck.cpp" line="133"/>
        <source>UNC path with the short name %1; a fully qualified name is preferred.</source>
        <translation>UNC-Pfad mit dem kurzen Namen %1; ein vollqualifizierter Name ist vorzuziehen.</translation>
    </message>
    <message>
        <location filename="../app/checks/packagepath/packagepathcheck.cpp" line="135"/>
        <source>UNC path with the fully qualified name %1.</source>
        <translation>UNC-Pfad mit dem vollqualifizierten Namen %1.</translation>
    </message>
</context>
<context>
    <name>Gpsi::RealmDiscovery</name>
    <message>
        <location filename="../app/probes/realmdiscovery.cpp" line="58"/>
        <source>Kerberos configuration: default realm %1</source>
        <translation>Kerberos-Konfiguration: Standard-Realm %1</translation>
    </message>
    <message>
        <location filename="../app/probes/realmdiscovery.cpp" line="60"/>
        <source>Kerberos configuration: no default realm (%1)</source>
        <translation>Kerberos-Konfiguration: kein Standard-Realm (%1)</translation>
    </message>
    <message>
        <location filename="../app/probes/realmdiscovery.cpp" line="63"/>
        <source>Kerberos configuration maps %1 to realm %2</source>
        <translation>Kerberos-Konfiguration ordnet %1 dem Realm %2 zu</translation>
    </message>
    <message>
        <location filename="../app/probes/realmdiscovery.cpp" line="65"/>
        <source>Kerberos configuration has no realm mapping for %1 (the default realm or a KDC referral decides)</source>
        <translation>Kerberos-Konfiguration enthält keine Realm-Zuordnung für %1 (es entscheidet der Standard-Realm oder ein KDC-Verweis)</translation>
    </message>
    <message>
        <location filename="../app/probes/realmdiscovery.cpp" line="71"/>
        <source>%1 is not a DNS name with a domain part: no SRV records to ask for</source>
        <translation>%1 ist kein DNS-Name mit Domänenteil: Es können keine SRV-Einträge abgefragt werden</translation>
    </message>
    <message>
        <location filename="../app/probes/realmdiscovery.cpp" line="78"/>
        <source>DNS was not asked for %1 and %2 (the case overrides the address of %3)</source>
        <translation>DNS wurde für %1 und %2 nicht abgefragt (der Fall überschreibt die Adresse von %3)</translation>
    </message>
    <message>
        <location filename="../app/probes/realmdiscovery.cpp" line="101"/>
        <source>DNS SRV %1: no answer within %2 ms</source>
        <translation>DNS-SRV %1: keine Antwort innerhalb von %2 ms</translation>
    </message>
    <message>
        <location filename="../app/probes/realmdiscovery.cpp" line="118"/>
        <source>DNS SRV %1: %2</source>
        <translation>DNS-SRV %1: %2</translation>
    </message>
    <message>
        <location filename="../app/probes/realmdiscovery.cpp" line="122"/>
        <source>DNS SRV %1: no such record</source>
        <translation>DNS-SRV %1: Eintrag nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../app/probes/realmdiscovery.cpp" line="125"/>
        <source>DNS SRV %1: query failed (%2)</source>
        <translation>DNS-SRV %1: Abfrage fehlgeschlagen (%2)</translation>
    </message>
</context>
<context>
    <name>Gpsi::ReportModel</name>
    <message>
        <location filename="../app/report/reportmodel.cpp" line="103"/>
        <source>1 problem found.</source>
        <translation>1 Problem gefunden.</translation>
    </message>
    <message>
        <location filename="../app/report/reportmodel.cpp" line="104"/>
        <source>%1 problems found.</source>
        <translation>%1 Probleme gefunden.</translation>
    </message>
    <message>
        <location filename="../app/report/reportmodel.cpp" line="106"/>
        <source>No problem found, but some checks did not complete.</source>
        <translation>Kein Problem gefunden, aber einige Prüfungen wurden nicht abgeschlossen.</translation>
    </message>
    <message>
        <location filename="../app/report/reportmodel.cpp" line="107"/>
        <source>No problem found by the checks that ran.</source>
        <translation>Die ausgeführten Prüfungen haben kein Problem gefunden.</translation>
    </message>
</context>
<context>
    <name>Gpsi::ReportPage</name>
    <message>
        <location filename="../ui/reportpage.cpp" line="54"/>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="55"/>
        <source>Print the report, save it as PDF, HTML or JSON, or copy it as text into a ticket.</source>
        <translation>Drucken Sie den Bericht, speichern Sie ihn als PDF, HTML oder JSON, oder kopieren Sie ihn als Text in ein Ticket.</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="61"/>
        <source>Report preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="66"/>
        <source>Pr&amp;eview:</source>
        <translation>Vo&amp;rschau:</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="71"/>
        <source>Page size</source>
        <translation>Seitengröße</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="72"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="73"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="76"/>
        <source>Page si&amp;ze:</source>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="80"/>
        <source>P&amp;rint...</source>
        <translation>&amp;Drucken...</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="80"/>
        <location filename="../ui/reportpage.cpp" line="315"/>
        <source>Print the report</source>
        <translation>Bericht drucken</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="81"/>
        <source>Print pre&amp;view...</source>
        <translation>Druck&amp;vorschau...</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="82"/>
        <location filename="../ui/reportpage.cpp" line="333"/>
        <source>Print preview</source>
        <translation>Druckvorschau</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="83"/>
        <source>Save &amp;PDF...</source>
        <translation>Als &amp;PDF speichern...</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="84"/>
        <location filename="../ui/reportpage.cpp" line="262"/>
        <source>Save the report as PDF</source>
        <translation>Bericht als PDF speichern</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="85"/>
        <source>Save &amp;HTML...</source>
        <translation>Als &amp;HTML speichern...</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="86"/>
        <location filename="../ui/reportpage.cpp" line="267"/>
        <source>Save the report as HTML</source>
        <translation>Bericht als HTML speichern</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="87"/>
        <source>Save &amp;JSON...</source>
        <translation>Als &amp;JSON speichern...</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="88"/>
        <location filename="../ui/reportpage.cpp" line="272"/>
        <source>Save the report as JSON</source>
        <translation>Bericht als JSON speichern</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="89"/>
        <source>Save te&amp;xt...</source>
        <translation>Als Te&amp;xt speichern...</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="90"/>
        <location filename="../ui/reportpage.cpp" line="277"/>
        <source>Save the report as text</source>
        <translation>Bericht als Text speichern</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="91"/>
        <source>&amp;Copy as text</source>
        <translation>Als Text &amp;kopieren</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="92"/>
        <source>Copy the report as text</source>
        <translation>Bericht als Text kopieren</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="93"/>
        <source>Copy the report to the clipboard as plain text, for a ticket</source>
        <translation>Bericht als reinen Text in die Zwischenablage kopieren, für ein Ticket</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="198"/>
        <source>There is no report yet: run the checks first.</source>
        <translation>Es gibt noch keinen Bericht: Führen Sie zuerst die Prüfungen aus.</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="222"/>
        <source>Saved to %1</source>
        <translation>Gespeichert unter %1</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="225"/>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="261"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="266"/>
        <source>HTML documents (*.html *.htm)</source>
        <translation>HTML-Dokumente (*.html *.htm)</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="271"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="276"/>
        <source>Text files (*.txt)</source>
        <translation>Textdateien (*.txt)</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="295"/>
        <source>The report was copied to the clipboard as text.</source>
        <translation>Der Bericht wurde als Text in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="313"/>
        <location filename="../ui/reportpage.cpp" line="331"/>
        <source>GPSI Doctor report</source>
        <translation>GPSI-Doctor-Bericht</translation>
    </message>
    <message>
        <location filename="../ui/reportpage.cpp" line="319"/>
        <source>The report was sent to %1.</source>
        <translation>Der Bericht wurde an %1 gesendet.</translation>
    </message>
</context>
<context>
    <name>Gpsi::ReportRenderer</name>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="49"/>
        <source>(whole case)</source>
        <translation>(gesamter Fall)</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="289"/>
        <source>%1 %2 - diagnosis report</source>
        <translation>%1 %2 - Diagnosebericht</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="290"/>
        <source>Generated: %1</source>
        <translation>Erstellt: %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="292"/>
        <source>Case: %1</source>
        <translation>Fall: %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="294"/>
        <source>Ticket: %1</source>
        <translation>Ticket: %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="296"/>
        <source>Technician: %1</source>
        <translation>Techniker: %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="298"/>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="299"/>
        <source>Package paths:</source>
        <translation>Paketpfade:</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="301"/>
        <location filename="../app/report/reportrenderer.cpp" line="306"/>
        <source>  (none)</source>
        <translation>  (keine)</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="304"/>
        <source>Evidence files:</source>
        <translation>Belegdateien:</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="309"/>
        <source>VERDICT: %1</source>
        <translation>ERGEBNIS: %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="311"/>
        <location filename="../app/report/reportrenderer.cpp" line="492"/>
        <source>Module not loaded: %1</source>
        <translation>Modul nicht geladen: %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="313"/>
        <source>FINDINGS</source>
        <translation>BEFUNDE</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="315"/>
        <source>  None.</source>
        <translation>  Keine.</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="322"/>
        <source>   Package: %1</source>
        <translation>   Paket: %1</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="323"/>
        <source>   Cause: %1   Confidence: %2</source>
        <translation>   Ursache: %1   Konfidenz: %2</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="326"/>
        <source>   Evidence:</source>
        <translation>   Belege:</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="339"/>
        <source>   Fix:</source>
        <translation>   Behebung:</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="343"/>
        <source>   Verify:</source>
        <translation>   Überprüfung:</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="347"/>
        <source>   References:</source>
        <translation>   Referenzen:</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="361"/>
        <source>EVENT HISTORY</source>
        <translation>EREIGNISVERLAUF</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="363"/>
        <source>  Failed packages:</source>
        <translation>  Fehlgeschlagene Pakete:</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="367"/>
        <source>  Pending until the next startup:</source>
        <translation>  Bis zum nächsten Startvorgang ausstehend:</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="371"/>
        <source>  Startups:</source>
        <translation>  Startvorgänge:</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="375"/>
        <source>  Timeline (UTC):</source>
        <translation>  Zeitleiste (UTC):</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="377"/>
        <source>    (only the most recent events are listed)</source>
        <translation>    (es werden nur die neuesten Ereignisse aufgeführt)</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="387"/>
        <source>NOT ASSESSED (the facts these causes need were not established)</source>
        <translation>NICHT BEWERTET (die von diesen Ursachen benötigten Fakten wurden nicht ermittelt)</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="389"/>
        <source>  - %1 %2 [%3]: needs %4</source>
        <translation>  - %1 %2 [%3]: benötigt %4</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="395"/>
        <source>CHECKS</source>
        <translation>PRÜFUNGEN</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="397"/>
        <source>  The run was cancelled.</source>
        <translation>  Der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="410"/>
        <source>FACTS</source>
        <translation>FAKTEN</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="436"/>
        <location filename="../app/report/reportrenderer.cpp" line="463"/>
        <location filename="../app/report/reportrenderer.cpp" line="657"/>
        <source>GPSI Doctor report</source>
        <translation>GPSI-Doctor-Bericht</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="469"/>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="470"/>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="471"/>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="472"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="473"/>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="478"/>
        <source>Package paths</source>
        <translation>Paketpfade</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="483"/>
        <source>Evidence files</source>
        <translation>Belegdateien</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="494"/>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="496"/>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="506"/>
        <source>Package: %1 | Cause: %2 | Confidence: %3</source>
        <translation>Paket: %1 | Ursache: %2 | Konfidenz: %3</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="512"/>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="512"/>
        <location filename="../app/report/reportrenderer.cpp" line="632"/>
        <source>Fact</source>
        <translation>Fakt</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="512"/>
        <location filename="../app/report/reportrenderer.cpp" line="632"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="512"/>
        <location filename="../app/report/reportrenderer.cpp" line="575"/>
        <location filename="../app/report/reportrenderer.cpp" line="632"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="513"/>
        <source>Observed</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="531"/>
        <source>Fix</source>
        <translation>Behebung</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="534"/>
        <source>How to verify</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="539"/>
        <source>References:</source>
        <translation>Referenzen:</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="556"/>
        <source>Event history</source>
        <translation>Ereignisverlauf</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="565"/>
        <source>Failed packages</source>
        <translation>Fehlgeschlagene Pakete</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="566"/>
        <source>Pending until the next startup</source>
        <translation>Bis zum nächsten Startvorgang ausstehend</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="567"/>
        <source>Startups</source>
        <translation>Startvorgänge</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="569"/>
        <source>Timeline (UTC)</source>
        <translation>Zeitleiste (UTC)</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="572"/>
        <source>Only the most recent events are listed.</source>
        <translation>Es werden nur die neuesten Ereignisse aufgeführt.</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="575"/>
        <source>Startup</source>
        <translation>Startvorgang</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="575"/>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="576"/>
        <source>Level</source>
        <translation>Ebene</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="576"/>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="597"/>
        <source>Not assessed</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="598"/>
        <source>These causes could be neither confirmed nor ruled out: the facts they need were not established by the checks that ran.</source>
        <translation>Diese Ursachen konnten weder bestätigt noch ausgeschlossen werden: Die benötigten Fakten wurden von den ausgeführten Prüfungen nicht ermittelt.</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="600"/>
        <source>Cause</source>
        <translation>Ursache</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="600"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="600"/>
        <location filename="../app/report/reportrenderer.cpp" line="616"/>
        <location filename="../app/report/reportrenderer.cpp" line="632"/>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="600"/>
        <source>Missing facts</source>
        <translation>Fehlende Fakten</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="610"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="612"/>
        <source>The run was cancelled.</source>
        <translation>Der Lauf wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="616"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="616"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="575"/>
        <location filename="../app/report/reportrenderer.cpp" line="616"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="616"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="625"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="632"/>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="664"/>
        <location filename="../app/report/reportrenderer.cpp" line="671"/>
        <location filename="../app/report/reportrenderer.cpp" line="678"/>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../app/report/reportrenderer.cpp" line="708"/>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Gpsi::Runner</name>
    <message>
        <location filename="../app/engine/runner.cpp" line="210"/>
        <source>Not available on this platform (the module runs on: %1).</source>
        <translation>Auf dieser Plattform nicht verfügbar (das Modul läuft unter: %1).</translation>
    </message>
    <message>
        <location filename="../app/engine/runner.cpp" line="246"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../app/engine/runner.cpp" line="253"/>
        <source>Needs %1, which no installed module provides.</source>
        <translation>Benötigt %1, das von keinem installierten Modul geliefert wird.</translation>
    </message>
    <message>
        <location filename="../app/engine/runner.cpp" line="255"/>
        <source>Needs %1, which was not established (%2).</source>
        <translation>Benötigt %1, das nicht ermittelt wurde (%2).</translation>
    </message>
    <message>
        <location filename="../app/engine/runner.cpp" line="281"/>
        <source>Waits on a dependency cycle: the facts it needs (%1) come only from modules that wait for it.</source>
        <translation>Wartet auf einen Abhängigkeitszyklus: Die benötigten Fakten (%1) stammen nur von Modulen, die ihrerseits auf diese Prüfung warten.</translation>
    </message>
    <message>
        <location filename="../app/engine/runner.cpp" line="320"/>
        <source>The module could not be created.</source>
        <translation>Das Modul konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location filename="../app/engine/runner.cpp" line="334"/>
        <source>The module failed: %1</source>
        <translation>Das Modul ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../app/engine/runner.cpp" line="336"/>
        <source>The module failed with an unknown exception.</source>
        <translation>Das Modul ist mit einer unbekannten Ausnahme fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../app/engine/runner.cpp" line="368"/>
        <source>Ignored fact &quot;%1&quot;: the module&apos;s metadata does not declare it.</source>
        <translation>Fakt &quot;%1&quot; ignoriert: Die Metadaten des Moduls deklarieren ihn nicht.</translation>
    </message>
    <message>
        <location filename="../app/engine/runner.cpp" line="371"/>
        <source>The module returned no verdict.</source>
        <translation>Das Modul hat kein Ergebnis zurückgegeben.</translation>
    </message>
    <message>
        <location filename="../app/engine/runner.cpp" line="388"/>
        <source>Did not finish within %1 s and was stopped.</source>
        <translation>Wurde nicht innerhalb von %1 s abgeschlossen und daher beendet.</translation>
    </message>
    <message>
        <location filename="../app/engine/runner.cpp" line="436"/>
        <source>Cancelled while running.</source>
        <translation>Während der Ausführung abgebrochen.</translation>
    </message>
    <message>
        <location filename="../app/engine/runner.cpp" line="438"/>
        <source>Cancelled before it ran.</source>
        <translation>Vor der Ausführung abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Gpsi::ServerIdentity</name>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="779"/>
        <source>Unknown server</source>
        <translation>Unbekannter Server</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="788"/>
        <source>Samba %1</source>
        <translation>Samba %1</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="790"/>
        <source>Native LAN Manager &quot;%1&quot;</source>
        <translation>Native LAN Manager &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="797"/>
        <source>Windows NT 4.0</source>
        <translation>Windows NT 4.0</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="799"/>
        <location filename="../app/probes/smbprobe.cpp" line="856"/>
        <source>Native OS &quot;%1&quot;, Native LAN Manager &quot;%2&quot;</source>
        <translation>Native OS &quot;%1&quot;, Native LAN Manager &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="801"/>
        <source>no extended security (CIFS only, as NT 4.0)</source>
        <translation>keine erweiterte Sicherheit (nur CIFS, wie bei NT 4.0)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="806"/>
        <source>NTLMSSP version %1</source>
        <translation>NTLMSSP-Version %1</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="810"/>
        <source>Samba or another non-Windows server (NTLM version %1)</source>
        <translation>Samba oder ein anderer Nicht-Windows-Server (NTLM-Version %1)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="813"/>
        <source>build number 0: not a Windows server</source>
        <translation>Buildnummer 0: kein Windows-Server</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="819"/>
        <source>Windows 2000 (build %1)</source>
        <translation>Windows 2000 (Build %1)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="822"/>
        <source>Windows XP / Server 2003 (build %1)</source>
        <translation>Windows XP / Server 2003 (Build %1)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="825"/>
        <source>Windows %1.%2 (build %3)</source>
        <translation>Windows %1.%2 (Build %3)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="832"/>
        <source>Native OS &quot;%1&quot;</source>
        <translation>Native OS &quot;%1&quot;</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="838"/>
        <source>Windows 2000</source>
        <translation>Windows 2000</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="842"/>
        <source>Windows XP</source>
        <translation>Windows XP</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="865"/>
        <source>Windows NT 4.0 class server (or older: Windows 9x, LAN Manager)</source>
        <translation>Server der Klasse Windows NT 4.0 (oder älter: Windows 9x, LAN Manager)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="867"/>
        <source>SMB1 only, no CAP_EXTENDED_SECURITY although the request asked for it, 8-byte challenge</source>
        <translation>nur SMB1, kein CAP_EXTENDED_SECURITY, obwohl die Anforderung es verlangt hat, 8-Byte-Challenge</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="875"/>
        <source>LAN Manager-era server (dialect %1)</source>
        <translation>Server aus der LAN-Manager-Zeit (Dialekt %1)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="877"/>
        <source>highest dialect %1</source>
        <translation>höchster Dialekt %1</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="882"/>
        <source>SMB2/3 server (dialect %1)</source>
        <translation>SMB2/3-Server (Dialekt %1)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="884"/>
        <source>speaks SMB %1 but told nothing about its OS</source>
        <translation>spricht SMB %1, gibt aber nichts über sein Betriebssystem preis</translation>
    </message>
</context>
<context>
    <name>Gpsi::Severity</name>
    <message>
        <location filename="../app/engine/diagnosis.cpp" line="35"/>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <location filename="../app/engine/diagnosis.cpp" line="37"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../app/engine/diagnosis.cpp" line="39"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location filename="../app/engine/diagnosis.cpp" line="41"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>Gpsi::Smb</name>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="197"/>
        <source>the %1-byte message is larger than the %2 bytes accepted</source>
        <translation>die %1-Byte-Nachricht ist größer als die zulässigen %2 Bytes</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="211"/>
        <source>an SMB1 message where SMB2 was expected</source>
        <translation>eine SMB1-Nachricht, wo SMB2 erwartet wurde</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="213"/>
        <source>an SMB2 message where SMB1 was expected</source>
        <translation>eine SMB2-Nachricht, wo SMB1 erwartet wurde</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="216"/>
        <source>not an SMB2 message (no \xFESMB signature)</source>
        <translation>keine SMB2-Nachricht (keine \xFESMB-Signatur)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="218"/>
        <source>not an SMB1 message (no \xFFSMB signature)</source>
        <translation>keine SMB1-Nachricht (keine \xFFSMB-Signatur)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="240"/>
        <source>SMB1 command %1 where %2 was expected</source>
        <translation>SMB1-Befehl %1, wo %2 erwartet wurde</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="245"/>
        <source>the SMB1 message is a request, not a reply</source>
        <translation>die SMB1-Nachricht ist eine Anforderung, keine Antwort</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="258"/>
        <source>ByteCount %1 at %2 runs past the end of the message (%3 bytes left)</source>
        <translation>ByteCount %1 bei %2 reicht über das Ende der Nachricht hinaus (%3 Bytes übrig)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="314"/>
        <source>SMB2 header StructureSize %1, expected 64</source>
        <translation>SMB2-Header: StructureSize %1, erwartet 64</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="319"/>
        <source>SMB2 command %1 where %2 was expected</source>
        <translation>SMB2-Befehl %1, wo %2 erwartet wurde</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="323"/>
        <source>the SMB2 message is a request, not a response</source>
        <translation>die SMB2-Nachricht ist eine Anforderung, keine Antwort</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="337"/>
        <source>security buffer offset %1 points into the fixed part of the message (which ends at %2)</source>
        <translation>der Offset %1 des Sicherheitspuffers zeigt in den festen Teil der Nachricht (der bei %2 endet)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="343"/>
        <source>security buffer (offset %1, %2 bytes) runs past the end of the %3-byte message</source>
        <translation>der Sicherheitspuffer (Offset %1, %2 Bytes) reicht über das Ende der %3-Byte-Nachricht hinaus</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="511"/>
        <source>not an SMB session message: header type %1 at stream offset %2</source>
        <translation>keine SMB-Sitzungsnachricht: Headertyp %1 bei Stream-Offset %2</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="518"/>
        <source>a %1-byte message at stream offset %2 is larger than the %3 bytes accepted</source>
        <translation>eine %1-Byte-Nachricht bei Stream-Offset %2 ist größer als die zulässigen %3 Bytes</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="544"/>
        <source>Not listening on called name</source>
        <translation>Kein Empfang auf dem angerufenen Namen</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="546"/>
        <source>Not listening for calling name</source>
        <translation>Kein Empfang für den anrufenden Namen</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="548"/>
        <source>Called name not present</source>
        <translation>Angerufener Name nicht vorhanden</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="550"/>
        <source>Called name present, but insufficient resources</source>
        <translation>Angerufener Name vorhanden, aber nicht genügend Ressourcen</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="553"/>
        <source>Unspecified error</source>
        <translation>Nicht näher bezeichneter Fehler</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="555"/>
        <source>Unknown NetBIOS session error %1</source>
        <translation>Unbekannter NetBIOS-Sitzungsfehler %1</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="677"/>
        <source>unexpected WordCount %1 in an SMB1 NEGOTIATE reply (0, 1, 13 or 17 expected)</source>
        <translation>unerwarteter WordCount %1 in einer SMB1-NEGOTIATE-Antwort (0, 1, 13 oder 17 erwartet)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="762"/>
        <source>unexpected WordCount %1 in a SESSION_SETUP_ANDX reply (0, 3 or 4 expected)</source>
        <translation>unerwarteter WordCount %1 in einer SESSION_SETUP_ANDX-Antwort (0, 3 oder 4 erwartet)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="777"/>
        <source>SecurityBlobLength %1 is larger than the %2 data bytes</source>
        <translation>SecurityBlobLength %1 ist größer als die %2 Datenbytes</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="859"/>
        <source>NEGOTIATE response StructureSize %1, expected 65</source>
        <translation>NEGOTIATE-Antwort: StructureSize %1, erwartet 65</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="891"/>
        <source>NegotiateContextOffset %1 is not an 8-byte aligned offset into the %2-byte message</source>
        <translation>NegotiateContextOffset %1 ist kein an 8 Bytes ausgerichteter Offset in die %2-Byte-Nachricht</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="947"/>
        <source>SESSION_SETUP response StructureSize %1, expected 9</source>
        <translation>SESSION_SETUP-Antwort: StructureSize %1, erwartet 9</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="986"/>
        <source>the %1-byte NTLM message is larger than the %2 bytes accepted</source>
        <translation>die %1-Byte-NTLM-Nachricht ist größer als die zulässigen %2 Bytes</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="997"/>
        <source>not an NTLMSSP message (no &quot;NTLMSSP&quot; signature)</source>
        <translation>keine NTLMSSP-Nachricht (keine Signatur &quot;NTLMSSP&quot;)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="1004"/>
        <source>NTLM message type %1, expected 2 (CHALLENGE_MESSAGE)</source>
        <translation>NTLM-Nachrichtentyp %1, erwartet 2 (CHALLENGE_MESSAGE)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="1049"/>
        <source>TargetName (offset %1, %2 bytes) runs past the end of the %3-byte message</source>
        <translation>TargetName (Offset %1, %2 Bytes) reicht über das Ende der %3-Byte-Nachricht hinaus</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="1063"/>
        <source>TargetInfo (offset %1, %2 bytes) runs past the end of the %3-byte message</source>
        <translation>TargetInfo (Offset %1, %2 Bytes) reicht über das Ende der %3-Byte-Nachricht hinaus</translation>
    </message>
</context>
<context>
    <name>Gpsi::SmbProbe</name>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="110"/>
        <source>stopped: %1</source>
        <translation>angehalten: %1</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="133"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="138"/>
        <source>no complete answer within the probe&apos;s deadline of %1 ms</source>
        <translation>keine vollständige Antwort innerhalb der Frist der Prüfung von %1 ms</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="172"/>
        <source>TCP %1 port %2: connected</source>
        <translation>TCP %1 Port %2: verbunden</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="177"/>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="179"/>
        <source>TCP %1 port %2: %3</source>
        <translation>TCP %1 Port %2: %3</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="199"/>
        <source>reconnect to port %1 failed: %2</source>
        <translation>erneute Verbindung mit Port %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="220"/>
        <source>NetBIOS session request for %1 refused: %2 (0x%3)</source>
        <translation>NetBIOS-Sitzungsanforderung für %1 abgelehnt: %2 (0x%3)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="226"/>
        <source>unexpected NetBIOS reply type 0x%1</source>
        <translation>unerwarteter NetBIOS-Antworttyp 0x%1</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="239"/>
        <source>the server closed the connection: %1</source>
        <translation>der Server hat die Verbindung geschlossen: %1</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="252"/>
        <source>garbage from the server at byte %1: %2</source>
        <translation>unbrauchbare Daten vom Server bei Byte %1: %2</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="262"/>
        <source>the server closed the connection in the middle of a message (%1 bytes received)</source>
        <translation>der Server hat die Verbindung mitten in einer Nachricht geschlossen (%1 Bytes empfangen)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="265"/>
        <source>the server closed the connection without answering</source>
        <translation>der Server hat die Verbindung ohne Antwort geschlossen</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="285"/>
        <source>unexpected session message type 0x%1</source>
        <translation>unerwarteter Sitzungsnachrichtentyp 0x%1</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="298"/>
        <source>security blob: empty (the client chooses: raw NTLMSSP, no SPNEGO list)</source>
        <translation>Security Blob: leer (der Client wählt: reines NTLMSSP, keine SPNEGO-Liste)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="305"/>
        <source>security blob: not a SPNEGO NegTokenInit (byte %1: %2)</source>
        <translation>Security Blob: kein SPNEGO-NegTokenInit (Byte %1: %2)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="316"/>
        <source>SPNEGO mechanisms: %1%2</source>
        <translation>SPNEGO-Mechanismen: %1%2</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="319"/>
        <source>; hint %1</source>
        <translation>; Hinweis %1</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="331"/>
        <source>NTLMSSP challenge unreadable (byte %1: %2)</source>
        <translation>NTLMSSP-Challenge nicht lesbar (Byte %1: %2)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="346"/>
        <source>NTLMSSP challenge: version %1; computer %2, domain %3%4</source>
        <translation>NTLMSSP-Challenge: Version %1; Computer %2, Domäne %3%4</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="351"/>
        <source>not sent</source>
        <translation>nicht gesendet</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="352"/>
        <location filename="../app/probes/smbprobe.cpp" line="354"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="357"/>
        <source>, DNS name %1</source>
        <translation>, DNS-Name %1</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="378"/>
        <source>SMB1 NEGOTIATE response: dialect %1, security mode 0x%2 (%3-level, signing %4), capabilities %5 (%6), challenge %7 bytes%8</source>
        <translation>SMB1 NEGOTIATE response: Dialekt %1, Sicherheitsmodus 0x%2 (Sicherheit auf %3-Ebene, Signierung %4), Fähigkeiten %5 (%6), Challenge %7 Bytes%8</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="388"/>
        <source>, domain %1</source>
        <translation>, Domäne %1</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="404"/>
        <source>-&gt; SMB1 SESSION_SETUP_ANDX, extended security, anonymous NTLMSSP NEGOTIATE%1</source>
        <translation>-&gt; SMB1 SESSION_SETUP_ANDX, erweiterte Sicherheit, anonymes NTLMSSP NEGOTIATE%1</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="406"/>
        <source> (raw)</source>
        <translation> (roh)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="407"/>
        <source> in SPNEGO</source>
        <translation> in SPNEGO</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="410"/>
        <source>-&gt; SMB1 SESSION_SETUP_ANDX, null session (no account, no password)</source>
        <translation>-&gt; SMB1 SESSION_SETUP_ANDX, Nullsitzung (kein Konto, kein Kennwort)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="413"/>
        <source>&lt;- no session-setup answer: %1</source>
        <translation>&lt;- keine Antwort auf das Session-Setup: %1</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="419"/>
        <source>&lt;- session-setup answer unreadable (byte %1: %2): %3</source>
        <translation>&lt;- Antwort auf das Session-Setup nicht lesbar (Byte %1: %2): %3</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="432"/>
        <source>&lt;- SMB1 SESSION_SETUP_ANDX response: status %1, Native OS &quot;%2&quot;, Native LAN Manager &quot;%3&quot;%4</source>
        <translation>&lt;- SMB1 SESSION_SETUP_ANDX-Antwort: Status %1, Native OS &quot;%2&quot;, Native LAN Manager &quot;%3&quot;%4</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="435"/>
        <source>, logged on as guest</source>
        <translation>, als Gast angemeldet</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="462"/>
        <source>dialect %1: %2</source>
        <translation>NEGOTIATE mit Dialekt %1: %2</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="478"/>
        <source>SMB2 dialects accepted one by one: %1</source>
        <translation>Einzeln per NEGOTIATE angenommene SMB2-Dialekte: %1</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="479"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="494"/>
        <location filename="../app/probes/smbprobe.cpp" line="506"/>
        <source>SMB1 (NT LM 0.12) alone: not checked (%1)</source>
        <translation>SMB1-NEGOTIATE nur mit NT LM 0.12: nicht geprüft (%1)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="510"/>
        <source>SMB1 (NT LM 0.12) alone: refused%1</source>
        <translation>SMB1-NEGOTIATE nur mit NT LM 0.12: abgelehnt%1</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="517"/>
        <source>SMB1 (NT LM 0.12) alone: accepted as well</source>
        <translation>SMB1-NEGOTIATE nur mit NT LM 0.12: ebenfalls angenommen</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="538"/>
        <source>-&gt; SMB2 NEGOTIATE [2.0.2, 2.1, 3.0, 3.0.2, 3.1.1]</source>
        <translation>-&gt; SMB2 NEGOTIATE [2.0.2, 2.1, 3.0, 3.0.2, 3.1.1]</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="544"/>
        <source>SMB2 NEGOTIATE response unreadable (byte %1: %2)</source>
        <translation>SMB2 NEGOTIATE response nicht lesbar (Byte %1: %2)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="551"/>
        <source>SMB2 NEGOTIATE refused with status %1</source>
        <translation>SMB2 NEGOTIATE mit Status %1 abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="562"/>
        <source>&lt;- SMB2 NEGOTIATE response: dialect %1, security mode 0x%2 (signing %3), capabilities 0x%4</source>
        <translation>&lt;- SMB2 NEGOTIATE response: Dialekt %1, Sicherheitsmodus 0x%2 (Signierung %3), Fähigkeiten 0x%4</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="575"/>
        <source>-&gt; SMB2 SESSION_SETUP, anonymous NTLMSSP NEGOTIATE in SPNEGO</source>
        <translation>-&gt; SMB2 SESSION_SETUP, anonymes NTLMSSP NEGOTIATE in SPNEGO</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="580"/>
        <source>&lt;- SMB2 SESSION_SETUP response: status %1</source>
        <translation>&lt;- SMB2 SESSION_SETUP-Antwort: Status %1</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="583"/>
        <source>&lt;- no usable session-setup answer: %1</source>
        <translation>&lt;- keine verwertbare Antwort auf das Session-Setup: %1</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="595"/>
        <source>&quot;%1&quot; is not an IP address; resolve the server first</source>
        <translation>&quot;%1&quot; ist keine IP-Adresse; lösen Sie zuerst den Servernamen auf</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="598"/>
        <source>probe of %1 at %2, ports %3 (SMB) and %4 (NetBIOS session service)</source>
        <translation>Prüfung von %1 unter %2, Ports %3 (SMB) und %4 (NetBIOS-Sitzungsdienst)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="609"/>
        <source>neither port %1 (%2) nor port %3 (%4) accepts connections</source>
        <translation>weder Port %1 (%2) noch Port %3 (%4) nimmt Verbindungen an</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="630"/>
        <source>NetBIOS session request for %1: accepted</source>
        <translation>NetBIOS-Sitzungsanforderung für %1: angenommen</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="641"/>
        <source>NetBIOS session request for *SMBSERVER: accepted</source>
        <translation>NetBIOS-Sitzungsanforderung für *SMBSERVER: angenommen</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="650"/>
        <source>-&gt; SMB1 NEGOTIATE [NT LM 0.12, SMB 2.002, SMB 2.???], extended security requested</source>
        <translation>-&gt; SMB1 NEGOTIATE [NT LM 0.12, SMB 2.002, SMB 2.???], erweiterte Sicherheit angefordert</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="663"/>
        <source>SMB2 NEGOTIATE response unreadable (byte %1: %2): %3</source>
        <translation>SMB2 NEGOTIATE response nicht lesbar (Byte %1: %2): %3</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="668"/>
        <source>&lt;- SMB2 NEGOTIATE response to the SMB1 negotiate: dialect %1</source>
        <translation>&lt;- SMB2 NEGOTIATE response auf das SMB1-NEGOTIATE: Dialekt %1</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="682"/>
        <source>SMB1 NEGOTIATE response unreadable (byte %1: %2): %3</source>
        <translation>SMB1 NEGOTIATE response nicht lesbar (Byte %1: %2): %3</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="692"/>
        <source>&lt;- SMB1 NEGOTIATE response: no offered dialect accepted (index %1)</source>
        <translation>&lt;- SMB1 NEGOTIATE response: keiner der angebotenen Dialekte angenommen (Index %1)</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="703"/>
        <source>the server accepts none of the SMB dialects offered</source>
        <translation>der Server nimmt keinen der angebotenen SMB-Dialekte an</translation>
    </message>
    <message>
        <location filename="../app/probes/smbprobe.cpp" line="711"/>
        <source>the reply is neither SMB1 nor SMB2: %1</source>
        <translation>die Antwort ist weder SMB1 noch SMB2: %1</translation>
    </message>
</context>
<context>
    <name>Gpsi::SmbServerCheck</name>
    <message>
        <location filename="../app/checks/smbserver/smbservercheck.cpp" line="48"/>
        <location filename="../app/checks/smbserver/smbservercheck.cpp" line="52"/>
        <source>
negotiate reply: %1</source>
        <translation>
NEGOTIATE-Antwort: %1</translation>
    </message>
    <message>
        <location filename="../app/checks/smbserver/smbservercheck.cpp" line="58"/>
        <source>Cancelled while probing %1.</source>
        <translation>Abgebrochen während der Prüfung von %1.</translation>
    </message>
    <message>
        <location filename="../app/checks/smbserver/smbservercheck.cpp" line="63"/>
        <location filename="../app/checks/smbserver/smbservercheck.cpp" line="66"/>
        <source>port %1 accepted the connection</source>
        <translation>Port %1 hat die Verbindung angenommen</translation>
    </message>
    <message>
        <location filename="../app/checks/smbserver/smbservercheck.cpp" line="64"/>
        <location filename="../app/checks/smbserver/smbservercheck.cpp" line="67"/>
        <source>port %1: %2</source>
        <translation>Port %1: %2</translation>
    </message>
    <message>
        <location filename="../app/checks/smbserver/smbservercheck.cpp" line="72"/>
        <source>%1 (%2) does not accept SMB connections: %3</source>
        <translation>%1 (%2) nimmt keine SMB-Verbindungen an: %3</translation>
    </message>
    <message>
        <location filename="../app/checks/smbserver/smbservercheck.cpp" line="77"/>
        <source>The SMB probe of %1 failed: %2</source>
        <translation>Die SMB-Prüfung von %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../app/checks/smbserver/smbservercheck.cpp" line="126"/>
        <source>none (no extended security: NTLM/LM challenge-response only)</source>
        <translation>keine (keine erweiterte Sicherheit: nur NTLM/LM-Challenge-Response)</translation>
    </message>
    <message>
        <location filename="../app/checks/smbserver/smbservercheck.cpp" line="128"/>
        <source>none listed (empty security blob: raw NTLMSSP)</source>
        <translation>keine aufgeführt (leerer Security Blob: reines NTLMSSP)</translation>
    </message>
    <message>
        <location filename="../app/checks/smbserver/smbservercheck.cpp" line="160"/>
        <source>%1 at %2 port %3: %4; dialects %5; signing %6; authentication: %7.</source>
        <translation>%1 unter %2 Port %3: %4; Dialekte %5; Signierung %6; Authentifizierung: %7.</translation>
    </message>
    <message>
        <location filename="../app/checks/smbserver/smbservercheck.cpp" line="167"/>
        <source>%1 The server lists no mechanisms: whether it takes Kerberos is not known.</source>
        <translation>%1 Der Server nennt keine Mechanismen: Ob er Kerberos akzeptiert, ist nicht bekannt.</translation>
    </message>
    <message>
        <location filename="../app/checks/smbserver/smbservercheck.cpp" line="171"/>
        <source>%1 No Kerberos on offer.</source>
        <translation>%1 Kerberos wird nicht angeboten.</translation>
    </message>
    <message>
        <location filename="../app/checks/smbserver/smbservercheck.cpp" line="173"/>
        <source>%1 SMB1 only.</source>
        <translation>%1 Nur SMB1.</translation>
    </message>
</context>
<context>
    <name>Gpsi::Spnego</name>
    <message>
        <location filename="../app/probes/spnego.cpp" line="69"/>
        <source>truncated at %1: a DER element was expected</source>
        <translation>abgeschnitten bei %1: ein DER-Element wurde erwartet</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="76"/>
        <source>DER tag %1 at %2 uses the multi-byte form, which SPNEGO never uses</source>
        <translation>DER-Tag %1 bei %2 verwendet die Mehrbyte-Form, die SPNEGO nie verwendet</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="84"/>
        <source>truncated at %1: the length of DER element %2 is missing</source>
        <translation>abgeschnitten bei %1: die Länge des DER-Elements %2 fehlt</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="92"/>
        <source>DER element %1 at %2 has an indefinite length (BER), which DER forbids</source>
        <translation>DER-Element %1 bei %2 hat eine unbestimmte Länge (BER), die DER verbietet</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="101"/>
        <source>DER element %1 at %2 has a %3-byte length field</source>
        <translation>DER-Element %1 bei %2 hat ein %3-Byte-Längenfeld</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="106"/>
        <source>truncated at %1: the length of DER element %2 is cut off</source>
        <translation>abgeschnitten bei %1: die Länge des DER-Elements %2 ist unvollständig</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="115"/>
        <source>DER element %1 at %2 claims an impossible length</source>
        <translation>DER-Element %1 bei %2 gibt eine unmögliche Länge an</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="121"/>
        <source>DER element %1 at %2 claims %3 bytes, but only %4 are left in what encloses it</source>
        <translation>DER-Element %1 bei %2 gibt %3 Bytes an, im umschließenden Element sind aber nur noch %4 übrig</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="139"/>
        <source>wrong DER tag %1 at %2: expected %3 (%4)</source>
        <translation>falsches DER-Tag %1 bei %2: erwartet %3 (%4)</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="154"/>
        <source>%1 trailing bytes after %2 at %3</source>
        <translation>%1 überzählige Bytes hinter %2 bei %3</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="163"/>
        <source>DER nesting deeper than %1 levels at %2</source>
        <translation>DER-Verschachtelung tiefer als %1 Ebenen bei %2</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="228"/>
        <source>the mechTypes list</source>
        <translation>mechTypes-Liste</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="235"/>
        <source>a mechanism OID</source>
        <translation>Mechanismus-OID</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="240"/>
        <source>malformed mechanism OID at %1</source>
        <translation>fehlerhafte Mechanismus-OID bei %1</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="262"/>
        <source>trailing bytes after the hint name at %1</source>
        <translation>überzählige Bytes hinter dem Hinweisnamen bei %1</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="268"/>
        <source>wrong DER tag %1 at %2: expected a string (the hint name)</source>
        <translation>falsches DER-Tag %1 bei %2: erwartet eine Zeichenfolge (den Hinweisnamen)</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="280"/>
        <source>unexpected DER tag %1 at %2 in negHints</source>
        <translation>unerwartetes DER-Tag %1 bei %2 in negHints</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="294"/>
        <source>empty security blob: no SPNEGO token</source>
        <translation>leerer Security Blob: kein SPNEGO-Token</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="316"/>
        <source>the GSS-API mechanism OID</source>
        <translation>GSS-API-Mechanismus-OID</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="321"/>
        <source>the GSS-API token is for %1, not SPNEGO</source>
        <translation>das GSS-API-Token gilt für %1, nicht für SPNEGO</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="324"/>
        <source>a malformed OID</source>
        <translation>eine fehlerhafte OID</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="337"/>
        <source>the token at %1 is a NegTokenResp, not a NegTokenInit</source>
        <translation>das Token bei %1 ist ein NegTokenResp, kein NegTokenInit</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="340"/>
        <source>wrong DER tag %1 at %2: expected a NegTokenInit (0xa0)</source>
        <translation>falsches DER-Tag %1 bei %2: erwartet ein NegTokenInit (0xa0)</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="347"/>
        <source>the NegTokenInit</source>
        <translation>NegTokenInit</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="363"/>
        <source>the mechToken</source>
        <translation>mechToken</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="373"/>
        <source>trailing bytes after negHints at %1</source>
        <translation>überzählige Bytes hinter negHints bei %1</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="380"/>
        <source>wrong DER tag %1 at %2: expected negHints or a mechListMIC</source>
        <translation>falsches DER-Tag %1 bei %2: erwartet negHints oder ein mechListMIC</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="389"/>
        <source>unexpected DER tag %1 at %2 in the NegTokenInit</source>
        <translation>unerwartetes DER-Tag %1 bei %2 im NegTokenInit</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="413"/>
        <source>the token is a NegTokenInit, not a NegTokenResp</source>
        <translation>das Token ist ein NegTokenInit, kein NegTokenResp</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="415"/>
        <source>wrong DER tag %1 at 0x0: expected a NegTokenResp (0xa1)</source>
        <translation>falsches DER-Tag %1 bei 0x0: erwartet ein NegTokenResp (0xa1)</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="421"/>
        <source>the NegTokenResp</source>
        <translation>NegTokenResp</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="433"/>
        <source>negState</source>
        <translation>negState</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="437"/>
        <source>negState at %1 is %2 bytes long, expected 1</source>
        <translation>negState bei %1 ist %2 Bytes lang, erwartet 1</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="446"/>
        <source>supportedMech</source>
        <translation>supportedMech</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="451"/>
        <source>malformed supportedMech OID at %1</source>
        <translation>fehlerhafte supportedMech-OID bei %1</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="458"/>
        <source>the responseToken</source>
        <translation>responseToken</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="465"/>
        <source>unexpected DER tag %1 at %2 in the NegTokenResp</source>
        <translation>unerwartetes DER-Tag %1 bei %2 im NegTokenResp</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="570"/>
        <source>Kerberos 5</source>
        <translation>Kerberos 5</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="572"/>
        <source>MS Kerberos 5 (legacy OID)</source>
        <translation>MS Kerberos 5 (veraltete OID)</translation>
    </message>
    <message>
        <location filename="../app/probes/spnego.cpp" line="574"/>
        <source>Kerberos 5 user-to-user</source>
        <translation>Kerberos 5 User-to-User</translation>
    </message>
</context>
<context>
    <name>Gpsi::SystemAuthProbe</name>
    <message>
        <location filename="../app/probes/authprobe.cpp" line="129"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/probes/authprobe.cpp" line="130"/>
        <source>no answer from the Kerberos library within %1 s (a KDC that accepts connections but does not answer?)</source>
        <translation>keine Antwort der Kerberos-Bibliothek innerhalb von %1 s (ein KDC, der Verbindungen annimmt, aber nicht antwortet?)</translation>
    </message>
</context>
<context>
    <name>Gpsi::TextEventReader</name>
    <message>
        <location filename="../app/eventlog/texteventreader.cpp" line="165"/>
        <source>not a &quot;name: value&quot; line; skipped</source>
        <translation>keine Zeile der Form &quot;Name: Wert&quot;; übersprungen</translation>
    </message>
    <message>
        <location filename="../app/eventlog/texteventreader.cpp" line="271"/>
        <source>event without an event ID; skipped</source>
        <translation>Ereignis ohne Ereignis-ID; übersprungen</translation>
    </message>
    <message>
        <location filename="../app/eventlog/texteventreader.cpp" line="272"/>
        <source>the event ID &quot;%1&quot; is not a number; the event is skipped</source>
        <translation>die Ereignis-ID &quot;%1&quot; ist keine Zahl; das Ereignis wird übersprungen</translation>
    </message>
    <message>
        <location filename="../app/eventlog/texteventreader.cpp" line="317"/>
        <source>the event&apos;s XML cannot be read (%1); the text is used</source>
        <translation>das XML des Ereignisses kann nicht gelesen werden (%1); der Text wird verwendet</translation>
    </message>
    <message>
        <location filename="../app/eventlog/texteventreader.cpp" line="330"/>
        <location filename="../app/eventlog/texteventreader.cpp" line="446"/>
        <source>the file holds no events (it is empty)</source>
        <translation>die Datei enthält keine Ereignisse (sie ist leer)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/texteventreader.cpp" line="358"/>
        <source>not an event text export: no event found</source>
        <translation>kein Textexport von Ereignissen: kein Ereignis gefunden</translation>
    </message>
    <message>
        <location filename="../app/eventlog/texteventreader.cpp" line="416"/>
        <source>%1 line(s) before the first event are not part of an event; ignored</source>
        <translation>%1 Zeile(n) vor dem ersten Ereignis gehören zu keinem Ereignis; ignoriert</translation>
    </message>
    <message>
        <location filename="../app/eventlog/texteventreader.cpp" line="477"/>
        <source>the file is not UTF-8; read as Windows-1252 (Western European)</source>
        <translation>die Datei ist nicht UTF-8-codiert; sie wurde als Windows-1252 (Westeuropäisch) gelesen</translation>
    </message>
</context>
<context>
    <name>Gpsi::TextExport</name>
    <message>
        <location filename="../app/eventlog/textexport.cpp" line="936"/>
        <source>wevtutil text output (Event[n]: blocks)</source>
        <translation>Textausgabe von wevtutil (Blöcke mit Event[n]:)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/textexport.cpp" line="944"/>
        <source>Event Viewer event text (name: value blocks)</source>
        <translation>Ereignistext aus der Ereignisanzeige (Blöcke mit Name: Wert)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/textexport.cpp" line="952"/>
        <source>Event Viewer text export (tab-separated, with a header)</source>
        <translation>Textexport der Ereignisanzeige (tabulatorgetrennt, mit Kopfzeile)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/textexport.cpp" line="953"/>
        <source>Event Viewer CSV export (with a header)</source>
        <translation>CSV-Export der Ereignisanzeige (mit Kopfzeile)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/textexport.cpp" line="957"/>
        <source>Windows XP/2003 Event Viewer text export (tab-separated)</source>
        <translation>Textexport der Ereignisanzeige von Windows XP/2003 (tabulatorgetrennt)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/textexport.cpp" line="958"/>
        <source>Windows XP/2003 Event Viewer CSV export</source>
        <translation>CSV-Export der Ereignisanzeige von Windows XP/2003</translation>
    </message>
    <message>
        <location filename="../app/eventlog/textexport.cpp" line="962"/>
        <source>Event Viewer text export (tab-separated, no header)</source>
        <translation>Textexport der Ereignisanzeige (tabulatorgetrennt, ohne Kopfzeile)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/textexport.cpp" line="963"/>
        <source>Event Viewer CSV export (no header)</source>
        <translation>CSV-Export der Ereignisanzeige (ohne Kopfzeile)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/textexport.cpp" line="968"/>
        <source>Event Viewer text export</source>
        <translation>Textexport der Ereignisanzeige</translation>
    </message>
    <message>
        <location filename="../app/eventlog/textexport.cpp" line="990"/>
        <source>dates such as &quot;%1&quot; can be read day first or month first; read as day/month/year</source>
        <translation>Datumsangaben wie &quot;%1&quot; können mit dem Tag oder dem Monat zuerst gelesen werden; gelesen als Tag/Monat/Jahr</translation>
    </message>
    <message>
        <location filename="../app/eventlog/textexport.cpp" line="993"/>
        <source>dates such as &quot;%1&quot; can be read day first or month first; read as month/day/year</source>
        <translation>Datumsangaben wie &quot;%1&quot; können mit dem Tag oder dem Monat zuerst gelesen werden; gelesen als Monat/Tag/Jahr</translation>
    </message>
    <message>
        <location filename="../app/eventlog/textexport.cpp" line="1017"/>
        <source>the event has no date and time; skipped</source>
        <translation>das Ereignis hat kein Datum und keine Uhrzeit; übersprungen</translation>
    </message>
    <message>
        <location filename="../app/eventlog/textexport.cpp" line="1018"/>
        <source>cannot read the date and time &quot;%1&quot;; skipped</source>
        <translation>Datum und Uhrzeit &quot;%1&quot; können nicht gelesen werden; übersprungen</translation>
    </message>
    <message>
        <location filename="../app/eventlog/textexport.cpp" line="1045"/>
        <source>times are local to the exporting computer (the file names no time zone); read as UTC</source>
        <translation>die Zeiten sind Ortszeit des exportierenden Computers (die Datei nennt keine Zeitzone); als UTC gelesen</translation>
    </message>
    <message>
        <location filename="../app/eventlog/textexport.cpp" line="1060"/>
        <source>the file holds no events (it is empty)</source>
        <translation>die Datei enthält keine Ereignisse (sie ist leer)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/textexport.cpp" line="1110"/>
        <source>not an Event Viewer export: the first line is neither a known header nor an event (&quot;%1&quot;)</source>
        <translation>kein Export der Ereignisanzeige: Die erste Zeile ist weder eine bekannte Kopfzeile noch ein Ereignis (&quot;%1&quot;)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/textexport.cpp" line="1139"/>
        <source>a quoted field is not closed; the line is skipped</source>
        <translation>ein Feld in Anführungszeichen ist nicht geschlossen; die Zeile wird übersprungen</translation>
    </message>
    <message>
        <location filename="../app/eventlog/textexport.cpp" line="1164"/>
        <source>%1 field(s) where the layout has %2; the line is skipped</source>
        <translation>%1 Feld(er), wo das Layout %2 vorsieht; die Zeile wird übersprungen</translation>
    </message>
    <message>
        <location filename="../app/eventlog/textexport.cpp" line="1208"/>
        <source>the event ID &quot;%1&quot; is not a number; the line is skipped</source>
        <translation>die Ereignis-ID &quot;%1&quot; ist keine Zahl; die Zeile wird übersprungen</translation>
    </message>
    <message>
        <location filename="../app/eventlog/textexport.cpp" line="1253"/>
        <source>the line has no event ID; it is skipped</source>
        <translation>die Zeile hat keine Ereignis-ID; sie wird übersprungen</translation>
    </message>
</context>
<context>
    <name>Gpsi::WelcomePage</name>
    <message>
        <location filename="../ui/welcomepage.cpp" line="23"/>
        <source>Welcome to GPSI Doctor</source>
        <translation>Willkommen bei GPSI Doctor</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="24"/>
        <source>Find out why software deployed through Group Policy does not install.</source>
        <translation>Ermitteln Sie, warum per Gruppenrichtlinie verteilte Software nicht installiert wird.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="35"/>
        <source>&lt;b&gt;Demo scenario.&lt;/b&gt; This case was prepared to show what GPSI Doctor finds. Step through the pages as you would with your own package, or open your own case.</source>
        <translation>&lt;b&gt;Demo-Szenario.&lt;/b&gt; Dieser Fall wurde vorbereitet, um zu zeigen, was GPSI Doctor findet. Gehen Sie die Seiten so durch wie bei Ihrem eigenen Paket, oder öffnen Sie Ihren eigenen Fall.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="44"/>
        <source>Demo scenario</source>
        <translation>Demo-Szenario</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="48"/>
        <source>GPSI Doctor diagnoses Group Policy software installation failures such as those described in Microsoft KB 323304: a package assigned or published by a Group Policy object does not install, and the client logs Application Management or UserEnv errors.</source>
        <translation>GPSI Doctor diagnostiziert Fehler bei der Softwareinstallation per Gruppenrichtlinie, wie sie in Microsoft KB 323304 beschrieben sind: Ein über ein Gruppenrichtlinienobjekt zugewiesenes oder veröffentlichtes Paket wird nicht installiert, und der Client protokolliert Fehler von Application Management oder UserEnv.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="56"/>
        <source>Enter the package path exactly as the Group Policy object names it and, if you have them, exported event logs. GPSI Doctor checks the path and how client computers would reach it, explains the likely causes with the evidence for each, tells you how to fix and verify them, and writes a report you can attach to a ticket.</source>
        <translation>Geben Sie den Paketpfad genau so ein, wie er im Gruppenrichtlinienobjekt angegeben ist, und fügen Sie, falls vorhanden, exportierte Ereignisprotokolle hinzu. GPSI Doctor prüft den Pfad und wie Clientcomputer ihn erreichen würden, erläutert die wahrscheinlichen Ursachen mit den jeweiligen Belegen, zeigt Ihnen, wie Sie sie beheben und die Behebung überprüfen, und erstellt einen Bericht, den Sie an ein Ticket anhängen können.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="64"/>
        <source>Use Open case... and Save case... below to continue earlier work or keep this one.</source>
        <translation>Verwenden Sie unten „Fall öffnen...“ und „Fall speichern...“, um frühere Arbeit fortzusetzen oder diesen Fall aufzubewahren.</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="69"/>
        <source>Case details (optional, shown in the report)</source>
        <translation>Falldetails (optional, werden im Bericht angezeigt)</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="73"/>
        <source>Case title</source>
        <translation>Falltitel</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="74"/>
        <source>e.g. Office 2016 does not install on the sales PCs</source>
        <translation>z. B. Office 2016 wird auf den Vertriebs-PCs nicht installiert</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="77"/>
        <source>Ticket</source>
        <translation>Ticket</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="78"/>
        <source>e.g. INC-12345</source>
        <translation>z. B. INC-12345</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="81"/>
        <source>Technician</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="89"/>
        <source>Case t&amp;itle:</source>
        <translation>Fallt&amp;itel:</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="90"/>
        <source>&amp;Ticket:</source>
        <translation>&amp;Ticket:</translation>
    </message>
    <message>
        <location filename="../ui/welcomepage.cpp" line="91"/>
        <source>Tec&amp;hnician:</source>
        <translation>Tec&amp;hniker:</translation>
    </message>
</context>
<context>
    <name>Gpsi::WireReader</name>
    <message>
        <location filename="../app/probes/wirereader.cpp" line="33"/>
        <source>truncated at %1: needs %2 bytes for %3, %4 left</source>
        <translation>abgeschnitten bei %1: %2 Bytes für %3 benötigt, nur %4 übrig</translation>
    </message>
    <message>
        <location filename="../app/probes/wirereader.cpp" line="52"/>
        <source>a field</source>
        <translation>ein Feld</translation>
    </message>
    <message>
        <location filename="../app/probes/wirereader.cpp" line="53"/>
        <source>offset %1 for %2 lies outside the %3-byte message</source>
        <translation>Offset %1 für %2 liegt außerhalb der %3-Byte-Nachricht</translation>
    </message>
    <message>
        <location filename="../app/probes/wirereader.cpp" line="65"/>
        <source>skipped bytes</source>
        <translation>übersprungene Bytes</translation>
    </message>
    <message>
        <location filename="../app/probes/wirereader.cpp" line="73"/>
        <source>a byte</source>
        <translation>ein Byte</translation>
    </message>
    <message>
        <location filename="../app/probes/wirereader.cpp" line="80"/>
        <location filename="../app/probes/wirereader.cpp" line="110"/>
        <source>a 16-bit field</source>
        <translation>ein 16-Bit-Feld</translation>
    </message>
    <message>
        <location filename="../app/probes/wirereader.cpp" line="89"/>
        <location filename="../app/probes/wirereader.cpp" line="119"/>
        <source>a 32-bit field</source>
        <translation>ein 32-Bit-Feld</translation>
    </message>
    <message>
        <location filename="../app/probes/wirereader.cpp" line="98"/>
        <source>a 64-bit field</source>
        <translation>ein 64-Bit-Feld</translation>
    </message>
    <message>
        <location filename="../app/probes/wirereader.cpp" line="129"/>
        <source>a byte string</source>
        <translation>eine Bytefolge</translation>
    </message>
    <message>
        <location filename="../app/probes/wirereader.cpp" line="138"/>
        <source>a UTF-16 string</source>
        <translation>eine UTF-16-Zeichenfolge</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="202"/>
        <source>the protocol id</source>
        <translation>die Protokoll-ID</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="232"/>
        <location filename="../app/probes/smbwire.cpp" line="234"/>
        <source>the SMB1 header</source>
        <translation>den SMB1-Header</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="253"/>
        <source>ByteCount</source>
        <translation>ByteCount</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="301"/>
        <location filename="../app/probes/smbwire.cpp" line="304"/>
        <location filename="../app/probes/smbwire.cpp" line="306"/>
        <location filename="../app/probes/smbwire.cpp" line="308"/>
        <source>the SMB2 header</source>
        <translation>den SMB2-Header</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="598"/>
        <location filename="../app/probes/smbwire.cpp" line="751"/>
        <source>WordCount</source>
        <translation>WordCount</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="618"/>
        <source>RawMode</source>
        <translation>RawMode</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="624"/>
        <source>Reserved</source>
        <translation>Reserved</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="634"/>
        <location filename="../app/probes/smbwire.cpp" line="663"/>
        <source>the challenge</source>
        <translation>die Challenge</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="660"/>
        <location filename="../app/probes/smbwire.cpp" line="865"/>
        <source>the server GUID</source>
        <translation>die Server-GUID</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="767"/>
        <source>the AndX block</source>
        <translation>den AndX-Block</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="852"/>
        <source>the NEGOTIATE response</source>
        <translation>die NEGOTIATE-Antwort</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="900"/>
        <source>negotiate context padding</source>
        <translation>die Auffüllbytes des Negotiate-Kontexts</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="903"/>
        <location filename="../app/probes/smbwire.cpp" line="905"/>
        <source>a negotiate context</source>
        <translation>einen Negotiate-Kontext</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="906"/>
        <source>negotiate context data</source>
        <translation>die Daten des Negotiate-Kontexts</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="939"/>
        <source>the SESSION_SETUP response</source>
        <translation>die SESSION_SETUP-Antwort</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="992"/>
        <source>the NTLMSSP signature</source>
        <translation>die NTLMSSP-Signatur</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="999"/>
        <source>MessageType</source>
        <translation>MessageType</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="1008"/>
        <location filename="../app/probes/smbwire.cpp" line="1009"/>
        <location filename="../app/probes/smbwire.cpp" line="1011"/>
        <source>TargetNameFields</source>
        <translation>TargetNameFields</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="1012"/>
        <source>NegotiateFlags</source>
        <translation>NegotiateFlags</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="1014"/>
        <source>the server challenge</source>
        <translation>die Server-Challenge</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="1073"/>
        <location filename="../app/probes/smbwire.cpp" line="1074"/>
        <source>an AV_PAIR</source>
        <translation>ein AV_PAIR</translation>
    </message>
    <message>
        <location filename="../app/probes/smbwire.cpp" line="1080"/>
        <source>an AV_PAIR value</source>
        <translation>einen AV_PAIR-Wert</translation>
    </message>
</context>
<context>
    <name>Gpsi::XmlEventReader</name>
    <message>
        <location filename="../app/eventlog/xmleventreader.cpp" line="61"/>
        <source>no &lt;Event&gt; element</source>
        <translation>kein &lt;Event&gt;-Element</translation>
    </message>
    <message>
        <location filename="../app/eventlog/xmleventreader.cpp" line="80"/>
        <source>elements are nested too deeply</source>
        <translation>Elemente sind zu tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../app/eventlog/xmleventreader.cpp" line="197"/>
        <source>the EventID is not a number</source>
        <translation>die EventID ist keine Zahl</translation>
    </message>
    <message>
        <location filename="../app/eventlog/xmleventreader.cpp" line="201"/>
        <source>the event has no System/EventID</source>
        <translation>das Ereignis hat kein System/EventID</translation>
    </message>
    <message>
        <location filename="../app/eventlog/xmleventreader.cpp" line="212"/>
        <source>the event ends early</source>
        <translation>das Ereignis endet vorzeitig</translation>
    </message>
    <message>
        <location filename="../app/eventlog/xmleventreader.cpp" line="273"/>
        <source>the file holds no events (it is empty)</source>
        <translation>die Datei enthält keine Ereignisse (sie ist leer)</translation>
    </message>
    <message>
        <location filename="../app/eventlog/xmleventreader.cpp" line="277"/>
        <source>not event XML: the file does not start with an XML element</source>
        <translation>kein Ereignis-XML: Die Datei beginnt nicht mit einem XML-Element</translation>
    </message>
    <message>
        <location filename="../app/eventlog/xmleventreader.cpp" line="289"/>
        <source>not event XML: no &lt;Event&gt; element</source>
        <translation>kein Ereignis-XML: kein &lt;Event&gt;-Element</translation>
    </message>
    <message>
        <location filename="../app/eventlog/xmleventreader.cpp" line="334"/>
        <source>malformed event skipped: %1</source>
        <translation>fehlerhaftes Ereignis übersprungen: %1</translation>
    </message>
</context>
</TS>

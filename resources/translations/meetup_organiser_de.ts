<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="+16"/>
        <source>About %1</source>
        <translation>Über %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan meetups offline: speakers, venues, hybrid streams, checklists, attendees, badges and agendas.</source>
        <translation>Meetups offline planen: Vortragende, Orte, hybride Streams, Checklisten, Teilnehmer, Badges und Programme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About</source>
        <translation>Über</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="+19"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Mit Bearbeiten ▸ Rückgängig lässt sich das zurücknehmen.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Delete “%1” with its agenda, attendees and checklist?</source>
        <translation>„%1“ mit Programm, Teilnehmern und Checkliste löschen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete event</source>
        <translation>Veranstaltung löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete event “%1”</source>
        <translation>Veranstaltung „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="+109"/>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speakers</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locked</source>
        <translation>Fixiert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>locked</source>
        <translation>fixiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not locked</source>
        <translation>nicht fixiert</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <source>remote; their time: {0} ({1})</source>
        <translation>remote; Ortszeit: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="+61"/>
        <source>Agenda</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Event and its time zone</source>
        <translation>Veranstaltung und Zeitzone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Viewer time zones:</source>
        <translation>&amp;Zeitzonen des Publikums:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. America/New_York, Asia/Kolkata</source>
        <translation>z. B. America/New_York, Asia/Kolkata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewer time zones, separated by commas</source>
        <translation>Zeitzonen des Publikums, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show zones</source>
        <translation>Zonen zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply viewer time zones</source>
        <translation>Zeitzonen des Publikums übernehmen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Day of the agenda</source>
        <translation>Tag des Programms</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Running order</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sessions per room</source>
        <translation>Sessions pro Raum</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New &amp;session:</source>
        <translation>Neue &amp;Session:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the new session</source>
        <translation>Titel der neuen Session</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind of the new session</source>
        <translation>Art der neuen Session</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration of the new session in minutes</source>
        <translation>Dauer der neuen Session in Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the session at the end</source>
        <translation>Session am Ende anfügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete session</source>
        <translation>Session &amp;löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected session</source>
        <translation>Ausgewählte Session löschen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected session earlier</source>
        <translation>Ausgewählte Session vorziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected session later</source>
        <translation>Ausgewählte Session nach hinten schieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Up</source>
        <translation>Strg+Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Down</source>
        <translation>Strg+Nach unten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ed&amp;it session…</source>
        <translation>Sess&amp;ion bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected session in the editor</source>
        <translation>Die ausgewählte Session im Editor öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print agenda…</source>
        <translation>Programm &amp;drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the agenda as a PDF</source>
        <translation>Programm als PDF drucken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Announcement…</source>
        <translation>&amp;Ankündigung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the announcement</source>
        <translation>Ankündigung schreiben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda warnings</source>
        <translation>Hinweise zum Programm</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose an event to see its agenda.</source>
        <translation>Wählen Sie eine Veranstaltung, um ihr Programm zu sehen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{title} — {when} — {format}</source>
        <translation>{title} — {when} — {format}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No clashes, gaps or overruns.</source>
        <translation>Keine Überschneidungen, Lücken oder Überziehungen.</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>Move session</source>
        <translation>Session verschieben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change duration</source>
        <translation>Dauer ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock session</source>
        <translation>Session fixieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock session</source>
        <translation>Session lösen</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+61"/>
        <location line="+15"/>
        <source>Select a session first.</source>
        <translation>Bitte zuerst eine Session auswählen.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Add session “%1”</source>
        <translation>Session „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete session</source>
        <translation>Session löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted “{0}”; Undo puts it back.</source>
        <translation>„{0}“ gelöscht; Rückgängig stellt sie wieder her.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change viewer time zones</source>
        <translation>Zeitzonen des Publikums ändern</translation>
    </message>
</context>
<context>
    <name>AgendaPrintDialog</name>
    <message>
        <location filename="../../ui/dialogs/agenda_print_dialog.py" line="+49"/>
        <location line="+181"/>
        <source>Print agenda</source>
        <translation>Programm drucken</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>&amp;Viewer time zones:</source>
        <translation>&amp;Zeitzonen des Publikums:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewer time zones, separated by commas</source>
        <translation>Zeitzonen des Publikums, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the &amp;wifi password</source>
        <translation>&amp;WLAN-Passwort drucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the venue wifi name and password</source>
        <translation>WLAN-Name und -Passwort des Orts drucken</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Agenda preview</source>
        <translation>Vorschau des Programms</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save PDF…</source>
        <translation>PDF &amp;speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the agenda as a PDF file</source>
        <translation>Programm als PDF-Datei speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the agenda to a printer</source>
        <translation>Programm an einen Drucker senden</translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n Seite.</numerusform>
            <numerusform>%n Seiten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved to {0}.</source>
        <translation>Gespeichert unter {0}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save agenda</source>
        <translation>Programm speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The printer could not be opened.</source>
        <translation>Der Drucker konnte nicht geöffnet werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n Seite an den Drucker gesendet.</numerusform>
            <numerusform>%n Seiten an den Drucker gesendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnounceDialog</name>
    <message>
        <location filename="../../ui/dialogs/announce_dialog.py" line="+30"/>
        <source>Announcement</source>
        <translation>Ankündigung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Viewer time zones:</source>
        <translation>&amp;Zeitzonen des Publikums:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewer time zones, separated by commas</source>
        <translation>Zeitzonen des Publikums, durch Kommas getrennt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Short post (under 280 characters)</source>
        <translation>&amp;Kurzer Post (unter 280 Zeichen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short post</source>
        <translation>Kurzer Post</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Announcement text</source>
        <translation>Text der Ankündigung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the announcement to the clipboard</source>
        <translation>Ankündigung in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{0} of {1} characters.</source>
        <translation>{0} von {1} Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown, ready for Meetup or a mailing list.</source>
        <translation>Markdown, bereit für Meetup oder eine Mailingliste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>AttendanceChart</name>
    <message>
        <location filename="../../ui/widgets/attendance_chart.py" line="+41"/>
        <source>%1: %2 going (not happened yet)</source>
        <translation>%1: %2 zugesagt (noch nicht stattgefunden)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 checked in of %3 going (%4)</source>
        <translation>%1: %2 eingecheckt von %3 zugesagt (%4)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Attendance across past events</source>
        <translation>Teilnahme bei vergangenen Veranstaltungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 going, not happened yet</source>
        <translation>%1: %2 zugesagt, noch nicht stattgefunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 von %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <source>No past events yet.</source>
        <translation>Noch keine vergangenen Veranstaltungen.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 going</source>
        <translation>%1 zugesagt</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <location line="+1"/>
        <source>going</source>
        <translation>zugesagt</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+11"/>
        <source>checked in</source>
        <translation>eingecheckt</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <location filename="../../ui/dialogs/attendee_dialog.py" line="+42"/>
        <source>Edit attendee</source>
        <translation>Teilnehmer bearbeiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add attendee</source>
        <translation>Teilnehmer hinzufügen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Job title</source>
        <translation>&amp;Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pronouns</source>
        <translation>&amp;Pronomen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RSVP</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RS&amp;VP</source>
        <translation>&amp;Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guests</source>
        <translation>&amp;Gäste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edited by hand, kept when the list is imported again: %1</source>
        <translation>Von Hand geändert, bleibt beim erneuten Import erhalten: %1</translation>
    </message>
</context>
<context>
    <name>AttendeesModel</name>
    <message>
        <location filename="../../ui/models/attendees_model.py" line="+42"/>
        <source>Attendee</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Referent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser</source>
        <translation>Orga-Team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer</source>
        <translation>Helfer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Going</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waitlist</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not going</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited</source>
        <translation>Eingeladen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by hand</source>
        <translation>Von Hand hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file</source>
        <translation>CSV-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in</source>
        <translation>Ohne Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSVP</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Said they were going but did not come to two or more past events.</source>
        <translation>Hat zugesagt, kam aber zu zwei oder mehr vergangenen Veranstaltungen nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edited by hand (kept on re-import): %s</source>
        <translation>Von Hand geändert (bleibt beim erneuten Import): %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (repeat no-show)</source>
        <translation> (fehlt oft)</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>Choose a value</source>
        <translation>Wert wählen</translation>
    </message>
</context>
<context>
    <name>AttendeesPage</name>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="+131"/>
        <source>Attendance numbers</source>
        <translation>Teilnahmezahlen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by name, email or company</source>
        <translation>Nach Name, E-Mail oder Firma filtern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter attendees</source>
        <translation>Teilnehmer filtern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only</source>
        <translation>Nur zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Going</source>
        <translation>Zugesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waitlist</source>
        <translation>Auf der Warteliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited, not registered</source>
        <translation>Eingeladen, nicht angemeldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not going</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked in yet</source>
        <translation>Noch nicht eingecheckt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import attendees from a CSV file</source>
        <translation>Teilnehmer aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or drop a CSV file onto this page</source>
        <translation>Oder eine CSV-Datei auf diese Seite ziehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export attendees as CSV</source>
        <translation>Teilnehmer als CSV exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an attendee by hand</source>
        <translation>Teilnehmer von Hand hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected attendee</source>
        <translation>Ausgewählten Teilnehmer bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected attendee</source>
        <translation>Ausgewählten Teilnehmer löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+59"/>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+67"/>
        <source>No attendees yet. Import the RSVP export from Meetup, Eventbrite or Luma.</source>
        <translation>Noch keine Teilnehmer. Importieren Sie den Anmeldeexport von Meetup, Eventbrite oder Luma.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Choose an event to see its attendees.</source>
        <translation>Wählen Sie eine Veranstaltung, um ihre Teilnehmer zu sehen.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;%1&lt;/b&gt; going</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; zugesagt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; checked in</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; eingecheckt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on the waitlist</source>
        <translation>%1 auf der Warteliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 not going</source>
        <translation>%1 abgesagt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>capacity %1</source>
        <translation>Kapazität %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no-show rate %1%</source>
        <translation>No-Show-Quote %1%</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>⚠ %n repeat no-show(s)</source>
        <translation>
            <numerusform>⚠ %n fehlt oft</numerusform>
            <numerusform>⚠ %n fehlen oft</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Import: %1</source>
        <translation>Import: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Exported %n attendee(s) to %1</source>
        <translation>
            <numerusform>%n Teilnehmer nach %1 exportiert</numerusform>
            <numerusform>%n Teilnehmer nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+10"/>
        <source>Delete attendee</source>
        <translation>Teilnehmer löschen</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Delete %1 from this event? A later import adds them again.</source>
        <translation>%1 aus dieser Veranstaltung löschen? Ein späterer Import fügt die Person wieder hinzu.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+10"/>
        <source>Export attendees</source>
        <translation>Teilnehmer exportieren</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="+53"/>
        <location line="+1"/>
        <source>Back up or restore</source>
        <translation>Sichern oder wiederherstellen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A backup is a complete copy of this database: events, people, checklists and speaker photos. Stream keys are never stored, so never backed up. Give a backup file to a co-organiser to hand the event over.</source>
        <translation>Eine Sicherung ist eine vollständige Kopie dieser Datenbank: Veranstaltungen, Personen, Checklisten und Fotos der Vortragenden. Stream-Schlüssel werden nie gespeichert und daher nie gesichert. Geben Sie einer Mitorganisatorin oder einem Mitorganisator eine Sicherungsdatei, um die Veranstaltung zu übergeben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Jetzt sichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from a file…</source>
        <translation>Aus einer Datei &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from a file</source>
        <translation>Aus einer Datei wiederherstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups kept beside this database (newest first):</source>
        <translation>Neben dieser Datenbank aufbewahrte Sicherungen (neueste zuerst):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept backups</source>
        <translation>Aufbewahrte Sicherungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore &amp;selected…</source>
        <translation>&amp;Ausgewählte wiederherstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected backup</source>
        <translation>Ausgewählte Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This is a shared PostgreSQL database: it is backed up on its server (pg_dump), not from here.</source>
        <translation>Dies ist eine gemeinsame PostgreSQL-Datenbank: Sie wird auf ihrem Server gesichert (pg_dump), nicht von hier aus.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>automatic</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manual</source>
        <translation>manuell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>vor einer Wiederherstellung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>before an upgrade</source>
        <translation>vor einem Update</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back up to</source>
        <translation>Sichern nach</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Meetup Organiser backups (*.sqlite);;All files (*)</source>
        <translation>Meetup-Organiser-Sicherungen (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Backed up and verified: %1</source>
        <translation>Gesichert und geprüft: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore from</source>
        <translation>Wiederherstellen aus</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restore this backup?</source>
        <translation>Diese Sicherung wiederherstellen?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace everything in %1 with the backup %2?

The current data is kept in the backups folder first, so this can be undone by restoring that copy.</source>
        <translation>Den gesamten Inhalt von %1 durch die Sicherung %2 ersetzen?

Die aktuellen Daten werden vorher im Sicherungsordner abgelegt; wer diese Kopie wiederherstellt, macht den Schritt rückgängig.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Restored from %1. The data it replaced is kept in %2.</source>
        <translation>Aus %1 wiederhergestellt. Die ersetzten Daten liegen in %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(nothing: the database was empty)</source>
        <translation>(nichts: die Datenbank war leer)</translation>
    </message>
</context>
<context>
    <name>BadgeLayoutDialog</name>
    <message>
        <location filename="../../ui/dialogs/badge_layout_dialog.py" line="+38"/>
        <source>New label sheet</source>
        <translation>Neuer Etikettenbogen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layout name</source>
        <translation>Name des Formats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. club-badges</source>
        <translation>z. B. club-badges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper size</source>
        <translation>Papierformat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom</source>
        <translation>Eigenes Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page width</source>
        <translation>Seitenbreite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page height</source>
        <translation>Seitenhöhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge width</source>
        <translation>Badge-Breite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge height</source>
        <translation>Badge-Höhe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left margin</source>
        <translation>Linker Rand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top margin</source>
        <translation>Oberer Rand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap between columns</source>
        <translation>Abstand zwischen Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap between rows</source>
        <translation>Abstand zwischen Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corner radius</source>
        <translation>Eckenradius</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page si&amp;ze:</source>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Badge size:</source>
        <translation>&amp;Badge-Größe:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Grid (columns × rows):</source>
        <translation>&amp;Raster (Spalten × Zeilen):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Margins (left, top):</source>
        <translation>Rän&amp;der (links, oben):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>G&amp;aps (across, down):</source>
        <translation>&amp;Abstände (quer, längs):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Corner radius:</source>
        <translation>&amp;Eckenradius:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem with the layout</source>
        <translation>Problem mit dem Format</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layout summary</source>
        <translation>Übersicht des Formats</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 badges per sheet; right margin %2 mm, bottom margin %3 mm.</source>
        <translation>%1 Badges pro Bogen; rechter Rand %2 mm, unterer Rand %3 mm.</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../../ui/camera_scanner.py" line="+39"/>
        <source>Camera status</source>
        <translation>Kamerastatus</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading codes needs the zxing-cpp package; scan or type instead.</source>
        <translation>Zum Lesen von Codes wird das Paket zxing-cpp benötigt; bitte scannen oder den Namen tippen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The camera needs Qt Multimedia (the PySide6-Addons package); scan with a USB scanner or type the name instead.</source>
        <translation>Die Kamera braucht Qt Multimedia (Paket PySide6-Addons); mit einem USB-Scanner scannen oder den Namen tippen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No camera found; scan with a USB scanner or type the name instead.</source>
        <translation>Keine Kamera gefunden; mit einem USB-Scanner scannen oder den Namen tippen.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hold the badge or the phone&apos;s ticket up to the camera.</source>
        <translation>Badge oder Ticket auf dem Handy vor die Kamera halten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The camera cannot be used (%1); scan or type instead.</source>
        <translation>Die Kamera lässt sich nicht verwenden (%1); bitte scannen oder tippen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access refused</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not read that frame (%1).</source>
        <translation>Dieses Bild ließ sich nicht lesen (%1).</translation>
    </message>
</context>
<context>
    <name>CapacityBar</name>
    <message>
        <location filename="../../ui/widgets/capacity_bar.py" line="+22"/>
        <source>RSVPs against capacity</source>
        <translation>Zusagen im Verhältnis zur Kapazität</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 going of %2 places</source>
        <translation>%1 zugesagt bei %2 Plätzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 going, no capacity set</source>
        <translation>%1 zugesagt, keine Kapazität angegeben</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n on the waiting list</source>
        <translation>
            <numerusform>%n auf der Warteliste</numerusform>
            <numerusform>%n auf der Warteliste</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../../ui/pages/checkin_page.py" line="+536"/>
        <location line="+93"/>
        <source>Check in %1</source>
        <translation>%1 einchecken</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+93"/>
        <source>Check-in of %1 undone.</source>
        <translation>Check-in von %1 rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Walk-in %1</source>
        <translation>Ohne Anmeldung: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>✓ Walk-in %1 added again.</source>
        <translation>✓ %1 (ohne Anmeldung) wieder hinzugefügt.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Walk-in %1 taken off the list.</source>
        <translation>%1 (ohne Anmeldung) von der Liste genommen.</translation>
    </message>
    <message>
        <location line="-654"/>
        <source>Scan result</source>
        <translation>Scan-Ergebnis</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Checked in, going and capacity</source>
        <translation>Eingecheckt, zugesagt und Kapazität</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan a ticket, or type part of a name or email…</source>
        <translation>Ticket scannen oder Teil eines Namens oder einer E-Mail tippen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a person</source>
        <translation>Person suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matching people</source>
        <translation>Passende Personen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check in  (Enter)</source>
        <translation>Einchecken  (Eingabe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in the highlighted person</source>
        <translation>Markierte Person einchecken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo  (Ctrl+Z)</source>
        <translation>Rückgängig  (Strg+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last check-in or walk-in</source>
        <translation>Letzten Check-in oder Gast ohne Anmeldung zurücknehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in…  (Ctrl+N)</source>
        <translation>Ohne Anmeldung…  (Strg+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add someone who is not on the list</source>
        <translation>Jemanden hinzufügen, der nicht auf der Liste steht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint badge  (Ctrl+P)</source>
        <translation>Badge nachdrucken  (Strg+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint the highlighted person&apos;s badge</source>
        <translation>Badge der markierten Person nachdrucken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Kamera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan codes with this computer&apos;s camera</source>
        <translation>Codes mit der Kamera dieses Computers lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Door mode  (F11)</source>
        <translation>Einlassmodus  (F11)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen, large type, for volunteers at the door</source>
        <translation>Vollbild, große Schrift, für Helfer am Einlass</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badge printing is not available in this version.</source>
        <translation>Badge-Druck ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Badge layout for reprints</source>
        <translation>Badge-Format für Nachdrucke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label sheet or badge printer used for reprints</source>
        <translation>Etikettenbogen oder Badge-Drucker für Nachdrucke</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reprint on:</source>
        <translation>Nachdruck auf:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Choose an event to check people in.</source>
        <translation>Wählen Sie eine Veranstaltung zum Einchecken.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>%1 checked in  /  %2 going</source>
        <translation>%1 eingecheckt  /  %2 zugesagt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  /  guests %1 of %2</source>
        <translation>  /  Gäste %1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  /  %1 capacity</source>
        <translation>  /  Kapazität %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>✓ checked in %1</source>
        <translation>✓ eingecheckt %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waitlist</source>
        <translation>Warteliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>said not going</source>
        <translation>hatte abgesagt</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Nobody matches “%1”. Press Ctrl+N to add a walk-in.</source>
        <translation>Niemand passt zu „%1“. Mit Strg+N einen Gast ohne Anmeldung hinzufügen.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Checked in: %1</source>
        <translation>Eingecheckt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(+%n guest(s))</source>
        <translation>
            <numerusform>(+%n Gast)</numerusform>
            <numerusform>(+%n Gäste)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already checked in: %1 at %2</source>
        <translation>Bereits eingecheckt: %1 um %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled ticket: %1</source>
        <translation>Storniertes Ticket: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not on the list</source>
        <translation>Nicht auf der Liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This ticket is for %1</source>
        <translation>Dieses Ticket gilt für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This ticket is for another event</source>
        <translation>Dieses Ticket gilt für eine andere Veranstaltung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n people hold this code: %1. Check them in by name.</source>
        <translation>
            <numerusform>%n Person hat diesen Code: %1. Bitte über den Namen einchecken.</numerusform>
            <numerusform>%n Personen haben diesen Code: %1. Bitte über den Namen einchecken.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is %1 characters: too long to be a ticket code.</source>
        <translation>Das sind %1 Zeichen: zu lang für einen Ticketcode.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That contact card has no name or email to look up.</source>
        <translation>Diese Kontaktkarte enthält weder Namen noch E-Mail zum Nachschlagen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not a ticket code (unreadable characters).</source>
        <translation>Das ist kein Ticketcode (unlesbare Zeichen).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Printing the badge for %1…</source>
        <translation>Badge für %1 wird gedruckt…</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>✓ Walk-in %1 added and checked in.</source>
        <translation>✓ %1 (ohne Anmeldung) hinzugefügt und eingecheckt.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Highlight a person first, then reprint the badge.</source>
        <translation>Erst eine Person markieren, dann das Badge nachdrucken.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Badge printing is not available in this version of Meetup Organiser; write the name on a blank badge.</source>
        <translation>Badge-Druck ist in dieser Version von Meetup Organiser nicht verfügbar; schreiben Sie den Namen auf ein leeres Badge.</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../ui/models/checklist_model.py" line="+41"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late start (already past due when planning began)</source>
        <translation>Verspäteter Start (bei Planungsbeginn schon überfällig)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due this week</source>
        <translation>Diese Woche fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Später</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remote</source>
        <translation>remote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note: </source>
        <translation>Notiz: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not done</source>
        <translation>nicht erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Speaker</source>
        <translation>Referent</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>on site</source>
        <translation>vor Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not needed</source>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+211"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done at</source>
        <translation>Erledigt am</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
</context>
<context>
    <name>ChecklistOverviewPanel</name>
    <message>
        <location filename="../../ui/pages/checklist_page.py" line="+636"/>
        <source>Checklist progress for the event</source>
        <translation>Fortschritt der Checkliste für die Veranstaltung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next checklist items due</source>
        <translation>Nächste fällige Punkte der Checkliste</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Speaker readiness</source>
        <translation>Stand der Vortragenden</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next due</source>
        <translation>Als Nächstes fällig</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{0} of {1} done ({2}%)</source>
        <translation>{0} von {1} erledigt ({2}&#xa0;%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (overdue)</source>
        <translation> (überfällig)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing left to do.</source>
        <translation>Nichts mehr zu tun.</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location line="-177"/>
        <source>Tick “{0}”</source>
        <translation>„{0}“ abhaken</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Untick “{0}”</source>
        <translation>Haken bei „{0}“ entfernen</translation>
    </message>
    <message>
        <location line="-463"/>
        <location line="+452"/>
        <location line="+22"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="-450"/>
        <source>Checklist progress for the event</source>
        <translation>Fortschritt der Checkliste für die Veranstaltung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show items assigned to</source>
        <translation>Punkte zeigen, zugewiesen an</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklist template to apply</source>
        <translation>Anzuwendende Checklisten-Vorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the chosen template to this event</source>
        <translation>Gewählte Vorlage auf diese Veranstaltung anwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit &amp;templates…</source>
        <translation>&amp;Vorlagen bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit checklist templates</source>
        <translation>Checklisten-Vorlagen bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaker &amp;briefing PDF…</source>
        <translation>&amp;Briefing für Vortragende (PDF)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the speaker briefing PDF</source>
        <translation>Briefing für Vortragende als PDF speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sho&amp;w:</source>
        <translation>&amp;Zeigen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Te&amp;mplate:</source>
        <translation>Vor&amp;lage:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete their items</source>
        <translation>Ihre Punkte löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the items of the departed speaker</source>
        <translation>Punkte der ausgeschiedenen Vortragenden löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as event items</source>
        <translation>Als Punkte der Veranstaltung behalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the departed speaker&apos;s items</source>
        <translation>Punkte der ausgeschiedenen Vortragenden behalten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This event has no checklist yet. The recommended templates add dated items for the meetup, its venue, its stream and each speaker.</source>
        <translation>Diese Veranstaltung hat noch keine Checkliste. Die empfohlenen Vorlagen fügen terminierte Punkte für das Meetup, den Ort, den Stream und alle Vortragenden hinzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the &amp;recommended checklists</source>
        <translation>&amp;Empfohlene Checklisten hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the recommended checklists</source>
        <translation>Empfohlene Checklisten hinzufügen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checklist items by when they are due</source>
        <translation>Punkte der Checkliste nach Fälligkeit</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Speaker readiness: speakers and their items</source>
        <translation>Stand der Vortragenden: Vortragende und ihre Punkte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Items</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker readiness</source>
        <translation>Stand der Vortragenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Punkt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Assignee</source>
        <translation>Zuständig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does it</source>
        <translation>Wer macht es</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note for the team</source>
        <translation>Eine Notiz für das Team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save assignee and note</source>
        <translation>Zuständige Person und Notiz speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+278"/>
        <source>Mark &amp;done</source>
        <translation>Als &amp;erledigt markieren</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>Mark the item done or not done</source>
        <translation>Punkt als erledigt oder offen markieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assi&amp;gnee:</source>
        <translation>&amp;Zuständig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;otiz:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Speakers</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose an event to see its checklist.</source>
        <translation>Wählen Sie eine Veranstaltung, um ihre Checkliste zu sehen.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{0} of {1} done ({2}%)</source>
        <translation>{0} von {1} erledigt ({2}&#xa0;%)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recommended for this event</source>
        <translation>Empfohlen für diese Veranstaltung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No speakers on the agenda yet.</source>
        <translation>Noch keine Vortragenden im Programm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remote</source>
        <translation>remote</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on site</source>
        <translation>vor Ort</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} of {1}</source>
        <translation>{0} von {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist progress for {0}</source>
        <translation>Fortschritt der Checkliste für {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} is no longer on the agenda but still has {1} open and {2} done checklist items. What should happen to them?</source>
        <translation>{0} steht nicht mehr im Programm, hat aber noch {1} offene und {2} erledigte Punkte in der Checkliste. Was soll mit ihnen geschehen?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose an item to see why it matters.</source>
        <translation>Wählen Sie einen Punkt, um zu sehen, warum er wichtig ist.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>owner: {0}</source>
        <translation>verantwortlich: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>due {0}</source>
        <translation>fällig {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done {0}</source>
        <translation>erledigt {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark not &amp;done</source>
        <translation>Als &amp;offen markieren</translation>
    </message>
    <message numerus="yes">
        <location line="+98"/>
        <source>Briefing saved: %n page(s) in {0}</source>
        <translation>
            <numerusform>Briefing gespeichert: %n Seite in {0}</numerusform>
            <numerusform>Briefing gespeichert: %n Seiten in {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Making the briefing…</source>
        <translation>Briefing wird erstellt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker briefing</source>
        <translation>Briefing für Vortragende</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save speaker briefing</source>
        <translation>Briefing für Vortragende speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/models/events_model.py" line="+31"/>
        <location filename="../../ui/models/sessions_model.py" line="+60"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Going</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="-9"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <location filename="../../ui/models/speakers_model.py" line="+13"/>
        <source>Remote</source>
        <translation>Remote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On site</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/models/venues_model.py" line="+13"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pronouns</source>
        <translation>Pronomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliation</source>
        <translation>Zugehörigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home zone</source>
        <translation>Heimatzeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joins</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location filename="../../ui/models/venues_model.py" line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
</context>
<context>
    <name>CopyEventDialog</name>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="+371"/>
        <source>New event from this one</source>
        <translation>Neue Veranstaltung aus dieser</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copies the venue, format, agenda, speakers and stream links. Attendees and checklist ticks start empty.</source>
        <translation>Kopiert Ort, Format, Programm, Vortragende und Stream-Links. Teilnehmer und Häkchen der Checkliste beginnen leer.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Starts (%1):</source>
        <translation>&amp;Beginn (%1):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy event “%1”</source>
        <translation>Veranstaltung „%1“ kopieren</translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="+24"/>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>until the doors open</source>
        <translation>bis zum Einlass</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Happening now: until the end</source>
        <translation>Läuft gerade: bis zum Ende</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Ended %n day(s) ago</source>
        <translation>
            <numerusform>Vor %n Tag beendet</numerusform>
            <numerusform>Vor %n Tagen beendet</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended today</source>
        <translation>Heute beendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No event selected</source>
        <translation>Keine Veranstaltung gewählt</translation>
    </message>
</context>
<context>
    <name>DateTimeRow</name>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="-329"/>
        <source>%1 date</source>
        <translation>%1: Datum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 time</source>
        <translation>%1: Uhrzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: which of the repeated hour</source>
        <translation>%1: welche der doppelten Stunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clocks go back that night, so this time happens twice. Pick one.</source>
        <translation>In dieser Nacht wird die Uhr zurückgestellt, diese Uhrzeit gibt es also zweimal. Bitte eine wählen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>earlier (%1)</source>
        <translation>die erste (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>later (%1)</source>
        <translation>die zweite (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which one?</source>
        <translation>welche?</translation>
    </message>
</context>
<context>
    <name>DoorModeWindow</name>
    <message>
        <location filename="../../ui/pages/door_mode.py" line="+42"/>
        <location line="+1"/>
        <source>Door mode</source>
        <translation>Einlassmodus</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checked in, going and guests</source>
        <translation>Eingecheckt, zugesagt und Gäste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrivals per 10 minutes</source>
        <translation>Ankünfte pro 10 Minuten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan a ticket or type a name…</source>
        <translation>Ticket scannen oder Namen tippen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan or find a person</source>
        <translation>Person scannen oder suchen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matching people</source>
        <translation>Passende Personen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter checks in  ·  ↑ ↓ pick a name  ·  Ctrl+Z undoes the last check-in  ·  Esc leaves door mode</source>
        <translation>Eingabe checkt ein  ·  ↑ ↓ Namen wählen  ·  Strg+Z nimmt den letzten Check-in zurück  ·  Esc beendet den Einlassmodus</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 checked in  /  %2 going</source>
        <translation>%1 eingecheckt  /  %2 zugesagt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  /  guests %1 of %2</source>
        <translation>  /  Gäste %1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(door name: Preferences)</source>
        <translation>(Name des Eingangs: Einstellungen)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrivals per 10 minutes: none yet</source>
        <translation>Ankünfte pro 10 Minuten: noch keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrivals per 10 minutes:</source>
        <translation>Ankünfte pro 10 Minuten:</translation>
    </message>
</context>
<context>
    <name>DoorPrinting</name>
    <message>
        <location filename="../../ui/door_printing.py" line="+38"/>
        <source>Printer “%1” was not found; choose another in Preferences.</source>
        <translation>Drucker „%1“ nicht gefunden; wählen Sie in den Einstellungen einen anderen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No default printer is set; choose one in Preferences.</source>
        <translation>Kein Standarddrucker eingestellt; wählen Sie einen in den Einstellungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer “%1” could not start the job.</source>
        <translation>Drucker „%1“ konnte den Auftrag nicht starten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge sent to %1.</source>
        <translation>Badge an %1 gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge not printed (the check-in is saved): %1</source>
        <translation>Badge nicht gedruckt (der Check-in ist gespeichert): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing a badge</source>
        <translation>Badge wird gedruckt</translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <location filename="../../ui/widgets/due_list.py" line="+23"/>
        <source>Next checklist items</source>
        <translation>Nächste Punkte der Checkliste</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing due</source>
        <translation>Nichts fällig</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no date</source>
        <translation>ohne Datum</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>%n Tag überfällig</numerusform>
            <numerusform>%n Tage überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>due today</source>
        <translation>heute fällig</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>fällig in %n Tag</numerusform>
            <numerusform>fällig in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing due: all caught up.</source>
        <translation>Nichts fällig: alles erledigt.</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../ui/dialogs/editor.py" line="+33"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
</context>
<context>
    <name>EventDelegate</name>
    <message>
        <location filename="../../ui/models/event_delegate.py" line="+49"/>
        <source>PAST EVENTS</source>
        <translation>VERGANGENE VERANSTALTUNGEN</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="+40"/>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit event</source>
        <translation>Veranstaltung bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. ML Rome #43: Vision on the edge</source>
        <translation>z. B. ML Berlin #43: Vision am Edge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. America/New_York, Asia/Kolkata</source>
        <translation>z. B. America/New_York, Asia/Kolkata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also show times in:</source>
        <translation>Zeiten auch zeigen in:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Announced</source>
        <translation>Angekündigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>New venue…</source>
        <translation>Neuer Ort…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New venue</source>
        <translation>Neuer Ort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as the venue</source>
        <translation>Wie der Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapazität:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organiser:</source>
        <translation>Orga-Team:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organiser email:</source>
        <translation>E-Mail Orga-Team:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organiser phone:</source>
        <translation>Telefon Orga-Team:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Badges, the printed agenda, briefings, announcements and exports use it.</source>
        <translation>Badges, gedrucktes Programm, Briefings, Ankündigungen und Exporte verwenden sie.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output &amp;language:</source>
        <translation>&amp;Sprache der Ausgaben:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Dates and times below are wall-clock times in %1 (%2 today).</source>
        <translation>Datum und Uhrzeit unten sind Ortszeit in %1 (heute %2).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the zone the event happens in.</source>
        <translation>Wählen Sie die Zeitzone, in der die Veranstaltung stattfindet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No venue (online)</source>
        <translation>Kein Ort (online)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Create event “%1”</source>
        <translation>Veranstaltung „%1“ anlegen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit event “%1”</source>
        <translation>Veranstaltung „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../ui/pages/events_page.py" line="+23"/>
        <source>&lt;h2&gt;All events&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Alle Veranstaltungen&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by date, format or turnout; open one to work on it.</source>
        <translation>Nach Datum, Format oder Teilnahme sortieren; eine öffnen, um daran zu arbeiten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All events</source>
        <translation>Alle Veranstaltungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search by title, venue or format</source>
        <translation>Nach Titel, Ort oder Format suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New event from &amp;this one…</source>
        <translation>Neue Veranstaltung aus &amp;dieser…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete event</source>
        <translation>Veranstaltung löschen</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="+83"/>
        <source>Choose the RSVP export</source>
        <translation>Anmeldeexport wählen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV file from Meetup, Eventbrite, Luma or any spreadsheet. You can also drop the file here.</source>
        <translation>Eine CSV-Datei von Meetup, Eventbrite, Luma oder einer beliebigen Tabelle. Sie können die Datei auch hierher ziehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path to a .csv file</source>
        <translation>Pfad zu einer .csv-Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for a file</source>
        <translation>Nach einer Datei suchen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem with the file</source>
        <translation>Problem mit der Datei</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import attendees</source>
        <translation>Teilnehmer importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../../ui/models/events_model.py" line="-23"/>
        <source>In person</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid</source>
        <translation>Hybrid</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="+124"/>
        <source>Report a problem</source>
        <translation>Problem melden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a problem report</source>
        <translation>Problembericht speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip files (*.zip)</source>
        <translation>ZIP-Dateien (*.zip)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot write %1: %2.</source>
        <translation>%1 lässt sich nicht schreiben: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1.

It holds the program&apos;s versions, your system&apos;s name and the log file, but no names, addresses or other data from your meetups. Attach it to a new issue on the project&apos;s page.</source>
        <translation>%1 gespeichert.

Die Datei enthält die Versionen des Programms, den Namen Ihres Systems und die Logdatei, aber keine Namen, Adressen oder anderen Daten Ihrer Meetups. Hängen Sie sie an ein neues Issue auf der Projektseite an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open the issue page</source>
        <translation>Issue-Seite öffnen</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="+264"/>
        <location line="+1"/>
        <source>Import attendees</source>
        <translation>Teilnehmer importieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import abgebrochen; nichts wurde geändert.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importing attendees…</source>
        <translation>Teilnehmer werden importiert…</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="-34"/>
        <source>Talk</source>
        <translation>Vortrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panel</source>
        <translation>Podiumsdiskussion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networking</source>
        <translation>Networking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lightning talks</source>
        <translation>Lightning Talks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome</source>
        <translation>Begrüßung</translation>
    </message>
</context>
<context>
    <name>LineUp</name>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="+42"/>
        <source>Speakers of this session</source>
        <translation>Vortragende dieser Session</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move speaker up</source>
        <translation>Vortragende nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move speaker down</source>
        <translation>Vortragende nach unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove speaker from session</source>
        <translation>Vortragende aus der Session entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from this session</source>
        <translation>Aus dieser Session entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Speaker to add</source>
        <translation>Hinzuzufügende Person</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaker</source>
        <translation>Referent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moderator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Panellist</source>
        <translation>Podiumsgast</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add speaker to session</source>
        <translation>Vortragende zur Session hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New speaker…</source>
        <translation>Neue Person…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>speaker</source>
        <translation>Vortrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moderator</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>panellist</source>
        <translation>Podiumsgast</translation>
    </message>
</context>
<context>
    <name>ListingPanel</name>
    <message>
        <location filename="../../ui/pages/listing.py" line="+67"/>
        <location line="+3"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+65"/>
        <location filename="../../ui/pages/overview_page.py" line="+52"/>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda</source>
        <translation>Programm</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/pages/speakers_page.py" line="+42"/>
        <source>Speakers</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Venue &amp; Stream</source>
        <translation>Ort &amp; Stream</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/pages/venues_page.py" line="+20"/>
        <source>Venues</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/pages/speakers_page.py" line="+203"/>
        <source>Speaker library</source>
        <translation>Alle Vortragenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/pages/events_page.py" line="-17"/>
        <source>All events</source>
        <translation>Alle Veranstaltungen</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EVENT</source>
        <translation>VERANSTALTUNG</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LIBRARY</source>
        <translation>BIBLIOTHEK</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>Events</source>
        <translation>Veranstaltungen</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+1"/>
        <source>Search events</source>
        <translation>Veranstaltungen suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Page</source>
        <translation>Seite</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selected event</source>
        <translation>Gewählte Veranstaltung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening the database…</source>
        <translation>Datenbank wird geöffnet…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New event…</source>
        <translation>&amp;Neue Veranstaltung…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;database…</source>
        <translation>Neue &amp;Datenbank…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a &amp;team database…</source>
        <translation>Mit einer &amp;Team-Datenbank verbinden…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back up or &amp;restore…</source>
        <translation>Sichern oder &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Jetzt sichern…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import schedule…</source>
        <translation>Zeitplan &amp;importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport schedule…</source>
        <translation>Zeitplan e&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print…</source>
        <translation>Dr&amp;ucken…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pre&amp;ferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eve&amp;nt</source>
        <translation>&amp;Veranstaltung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit event…</source>
        <translation>Veranstaltung &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New event from &amp;this one…</source>
        <translation>Neue Veranstaltung aus &amp;dieser…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete event…</source>
        <translation>Veranstaltung &amp;löschen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a &amp;series…</source>
        <translation>&amp;Reihe anlegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a time s&amp;lot…</source>
        <translation>&amp;Termin finden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Speakers</source>
        <translation>V&amp;ortragende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write to speakers…</source>
        <translation>Vortragenden &amp;schreiben…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User guide</source>
        <translation>&amp;Handbuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Problem melden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Meetup Organiser</source>
        <translation>Ü&amp;ber Meetup Organiser</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Choose an event to import attendees into.</source>
        <translation>Wählen Sie eine Veranstaltung, in die Teilnehmer importiert werden sollen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Open a database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetup Organiser databases (*.sqlite *.db);;All files (*)</source>
        <translation>Meetup-Organiser-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New database</source>
        <translation>Neue Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetup Organiser databases (*.sqlite)</source>
        <translation>Meetup-Organiser-Datenbanken (*.sqlite)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Team database</source>
        <translation>Team-Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL address, e.g. postgresql+psycopg://user@server/meetups</source>
        <translation>PostgreSQL-Adresse, z. B. postgresql+psycopg://benutzer@server/meetups</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open database</source>
        <translation>Datenbank öffnen</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Cannot lock %1: %2.</source>
        <translation>%1 lässt sich nicht sperren: %2.</translation>
    </message>
</context>
<context>
    <name>MakeSeriesDialog</name>
    <message>
        <location filename="../../ui/dialogs/series_dialog.py" line="+86"/>
        <source>Make a series</source>
        <translation>Reihe anlegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New events after “%1”: same venue, stream links (no keys), agenda skeleton and checklists, re-dated. Each stays independent.</source>
        <translation>Neue Veranstaltungen nach „%1“: gleicher Ort, Stream-Links (ohne Schlüssel), Programmgerüst und Checklisten, neu datiert. Jede bleibt eigenständig.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Every:</source>
        <translation>&amp;Alle:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many new events</source>
        <translation>Wie viele neue Veranstaltungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New events:</source>
        <translation>&amp;Neue Veranstaltungen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time zones to rotate through</source>
        <translation>Zeitzonen im Wechsel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rotate zones:</source>
        <translation>Zonen &amp;wechseln:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local start time</source>
        <translation>Lokale Beginnzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Local start:</source>
        <translation>&amp;Lokaler Beginn:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Local start</source>
        <translation>Lokaler Beginn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The events to be made</source>
        <translation>Die anzulegenden Veranstaltungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Make the events</source>
        <translation>Veranstaltungen &amp;anlegen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 new events.</source>
        <translation>%1 neue Veranstaltungen.</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Make a series of %1 events</source>
        <translation>Reihe aus %1 Veranstaltungen anlegen</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../ui/ops.py" line="+62"/>
        <source>Something went wrong (%1); nothing was changed. Details are in the log.</source>
        <translation>Etwas ist schiefgegangen (%1); nichts wurde geändert. Details stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="+35"/>
        <source>Event title</source>
        <translation>Titel der Veranstaltung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit event…</source>
        <translation>Veranstaltung bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New event from this one…</source>
        <translation>Neue Veranstaltung aus dieser…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete event</source>
        <translation>Veranstaltung löschen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Countdown</source>
        <translation>Countdown</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Venue and RSVPs</source>
        <translation>Ort und Zusagen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Attendance over recent events</source>
        <translation>Teilnahme bei den letzten Veranstaltungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Speaker readiness</source>
        <translation>Stand der Vortragenden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an event in the sidebar, or create one with File ▸ New event.</source>
        <translation>Wählen Sie links eine Veranstaltung oder legen Sie eine an mit Datei ▸ Neue Veranstaltung.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announced</source>
        <translation>Angekündigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speakers</source>
        <translation>Vortragende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>going</source>
        <translation>zugesagt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>going (%1 guests)</source>
        <translation>zugesagt (%1 Gäste)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>checked in</source>
        <translation>eingecheckt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Online only</source>
        <translation>Nur online</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No room to book; RSVPs count against the event&apos;s limit.</source>
        <translation>Kein Raum zu buchen; Zusagen zählen gegen das Limit der Veranstaltung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No venue yet</source>
        <translation>Noch kein Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one in Library ▸ Venues or in Edit event.</source>
        <translation>Wählen Sie einen unter Bibliothek ▸ Orte oder in „Veranstaltung bearbeiten“.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n stream link(s)</source>
        <translation>
            <numerusform>%n Stream-Link</numerusform>
            <numerusform>%n Stream-Links</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no stream link yet</source>
        <translation>noch kein Stream-Link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>venue closes at %1</source>
        <translation>Ort schließt um %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="+34"/>
        <source>Protect stream keys with a passphrase</source>
        <translation>Stream-Schlüssel mit einer Passphrase schützen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock the stream keys</source>
        <translation>Stream-Schlüssel entsperren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer has no keyring. Stream keys will be kept in a file encrypted with a passphrase you choose now; you will be asked for it once each time the app starts. Without it they are forgotten when you close the app.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund. Stream-Schlüssel werden in einer Datei gespeichert, die mit einer Passphrase verschlüsselt ist, die du jetzt wählst; sie wird einmal bei jedem Programmstart abgefragt. Ohne sie gehen die Schlüssel beim Schließen des Programms verloren.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the passphrase of the stream key file to use the keys saved on this computer.</source>
        <translation>Gib die Passphrase der Stream-Schlüsseldatei ein, um die auf diesem Computer gespeicherten Schlüssel zu verwenden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two passphrases differ; type them again.</source>
        <translation>Die beiden Passphrasen sind verschieden; gib sie noch einmal ein.</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="+73"/>
        <source>Photo preview</source>
        <translation>Fotovorschau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose photo…</source>
        <translation>Foto wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose photo</source>
        <translation>Foto wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove photo</source>
        <translation>Foto entfernen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A photo is set</source>
        <translation>Ein Foto ist gesetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No photo</source>
        <translation>Kein Foto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a photo</source>
        <translation>Ein Foto wählen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="+32"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Design</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new language shows fully after restarting the program; a new theme shows at once.</source>
        <translation>Eine neue Sprache erscheint vollständig nach einem Neustart des Programms; ein neues Design sofort.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>e.g. Door 1, Main entrance</source>
        <translation>z. B. Tür 1, Haupteingang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Door name of this laptop</source>
        <translation>Name des Eingangs an diesem Laptop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Door name:</source>
        <translation>Name des &amp;Eingangs:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer for badges at the door</source>
        <translation>Drucker für Badges am Einlass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system&apos;s default printer</source>
        <translation>Der Standarddrucker des Systems</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (not found now)</source>
        <translation>%1 (zurzeit nicht gefunden)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge &amp;printer:</source>
        <translation>Badge-&amp;Drucker:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label layout for badges at the door</source>
        <translation>Etikettenformat für Badges am Einlass</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the Check-in page</source>
        <translation>Wie auf der Seite Check-in</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Label la&amp;yout:</source>
        <translation>Etiketten&amp;format:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a badge at each check-in</source>
        <translation>Bei jedem Check-in ein Badge drucken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a blank “Guest of NAME” badge per guest</source>
        <translation>Mit einem leeren Badge „Gast von NAME“ pro Gast</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="-396"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pronouns</source>
        <translation>Pronomen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSVP / status</source>
        <translation>Antwort / Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended (yes/no)</source>
        <translation>Anwesend (ja/nein)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in time</source>
        <translation>Check-in-Zeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID in the source</source>
        <translation>ID in der Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guests</source>
        <translation>Gäste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other CSV</source>
        <translation>Anderes CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Check the columns</source>
        <translation>Spalten prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was found in the file</source>
        <translation>Was in der Datei gefunden wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format of the file</source>
        <translation>Format der Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encoding:</source>
        <translation>Zeichenkodierung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding of the file</source>
        <translation>Zeichenkodierung der Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace values I corrected by hand</source>
        <translation>Von Hand korrigierte Werte ersetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite manual edits</source>
        <translation>Manuelle Änderungen überschreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which column holds what</source>
        <translation>Welche Spalte was enthält</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problem with the import</source>
        <translation>Problem beim Import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: rows of people: %2 · %3 · %4-separated.</source>
        <translation>%1: Zeilen mit Personen: %2 · %3 · getrennt durch %4.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>The columns you chose last time for this file are set.</source>
        <translation>Die Spalten, die Sie beim letzten Mal für diese Datei gewählt haben, sind eingestellt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is not from a platform the app knows: check which column holds the name and the email before importing.</source>
        <translation>Diese Datei stammt nicht von einer Plattform, die das Programm kennt: Prüfen Sie vor dem Import, welche Spalte Name und E-Mail enthält.</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../ui/pages/print_page.py" line="+68"/>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Label sheet</source>
        <translation>Etikettenbogen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add layout…</source>
        <translation>Format hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a custom label sheet</source>
        <translation>Eigenen Etikettenbogen hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start at label</source>
        <translation>Beim Etikett beginnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First free label on a part-used sheet (1 = top-left)</source>
        <translation>Erstes freies Etikett auf einem angebrochenen Bogen (1 = oben links)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Only badges not printed yet</source>
        <translation>Nur noch nicht gedruckte Badges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QR code content</source>
        <translation>Inhalt des QR-Codes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in token</source>
        <translation>Check-in-Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact card (vCard) for networking</source>
        <translation>Kontaktkarte (vCard) fürs Networking</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cut marks</source>
        <translation>Schnittmarken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logo image file</source>
        <translation>Logo-Bilddatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo…</source>
        <translation>Logo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a logo image</source>
        <translation>Logo-Bild wählen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label sheet:</source>
        <translation>&amp;Etikettenbogen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start at label:</source>
        <translation>Beim Etikett &amp;beginnen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;QR code:</source>
        <translation>&amp;QR-Code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ogo:</source>
        <translation>L&amp;ogo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Horizontal offset in millimetres</source>
        <translation>Horizontale Verschiebung in Millimetern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical offset in millimetres</source>
        <translation>Vertikale Verschiebung in Millimetern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save calibration</source>
        <translation>Kalibrierung speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save printer calibration</source>
        <translation>Druckerkalibrierung speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calibration page…</source>
        <translation>Kalibrierseite…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a calibration page</source>
        <translation>Kalibrierseite speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+244"/>
        <source>Printer calibration</source>
        <translation>Druckerkalibrierung</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Move &amp;right (mm):</source>
        <translation>Nach &amp;rechts (mm):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down (mm):</source>
        <translation>Nach &amp;unten (mm):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;cale:</source>
        <translation>S&amp;kalierung:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save PDF…</source>
        <translation>PDF speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save badges as PDF</source>
        <translation>Badges als PDF speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+314"/>
        <location line="+9"/>
        <source>Print badges</source>
        <translation>Badges drucken</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>Badge summary</source>
        <translation>Übersicht der Badges</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last action</source>
        <translation>Letzte Aktion</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preview of the first sheet</source>
        <translation>Vorschau des ersten Bogens</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First sheet</source>
        <translation>Erster Bogen</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 (custom)</source>
        <translation>%1 (eigenes Format)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose an event to print its badges.</source>
        <translation>Wählen Sie eine Veranstaltung, um ihre Badges zu drucken.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Badges: %1 · Sheets: %2</source>
        <translation>Badges: %1 · Bögen: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Badge logo</source>
        <translation>Badge-Logo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Calibration saved.</source>
        <translation>Kalibrierung gespeichert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save calibration page</source>
        <translation>Kalibrierseite speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+48"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Calibration page</source>
        <translation>Kalibrierseite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calibration page saved to %1.</source>
        <translation>Kalibrierseite unter %1 gespeichert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Making badges…</source>
        <translation>Badges werden erstellt…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save badges</source>
        <translation>Badges speichern</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Saved %n badge(s) on %1 to %2.</source>
        <translation>
            <numerusform>%n Badge auf %1 unter %2 gespeichert.</numerusform>
            <numerusform>%n Badges auf %1 unter %2 gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n Bogen</numerusform>
            <numerusform>%n Bögen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Sent %n badge(s) to the printer.</source>
        <translation>
            <numerusform>%n Badge an den Drucker gesendet.</numerusform>
            <numerusform>%n Badges an den Drucker gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The badge PDF could not be read back for printing.</source>
        <translation>Das Badge-PDF ließ sich zum Drucken nicht wieder einlesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printer could not be opened.</source>
        <translation>Der Drucker konnte nicht geöffnet werden.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ui/problems.py" line="+24"/>
        <source>Something went wrong (%1). The details are in the log file:
%2</source>
        <translation>Etwas ist schiefgegangen (%1). Die Details stehen in der Logdatei:
%2</translation>
    </message>
</context>
<context>
    <name>ProgressRing</name>
    <message>
        <location filename="../../ui/widgets/progress.py" line="+20"/>
        <source>Checklist progress</source>
        <translation>Fortschritt der Checkliste</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+34"/>
        <source>No checklist yet</source>
        <translation>Noch keine Checkliste</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+31"/>
        <source>%1 of %2 done</source>
        <translation>%1 von %2 erledigt</translation>
    </message>
    <message numerus="yes">
        <location line="-29"/>
        <location line="+39"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n überfällig</numerusform>
            <numerusform>%n überfällig</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing overdue</source>
        <translation>Nichts überfällig</translation>
    </message>
</context>
<context>
    <name>ReadinessGrid</name>
    <message>
        <location filename="../../ui/widgets/readiness_grid.py" line="+30"/>
        <source>Speaker readiness</source>
        <translation>Stand der Vortragenden</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 speaker tasks done</source>
        <translation>%1 von %2 Aufgaben der Vortragenden erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No speaker checklists yet</source>
        <translation>Noch keine Checklisten für Vortragende</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to do</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not asked</source>
        <translation>nicht angefragt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Speaker tasks appear here once the event has a checklist.</source>
        <translation>Aufgaben der Vortragenden erscheinen hier, sobald die Veranstaltung eine Checkliste hat.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(remote)</source>
        <translation>(remote)</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../../ui/recent.py" line="+33"/>
        <source>Open Re&amp;cent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This file is no longer there.</source>
        <translation>Diese Datei ist nicht mehr vorhanden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No recent databases</source>
        <translation>Keine zuletzt geöffneten Datenbanken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear list</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="+82"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import report</source>
        <translation>Importbericht</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 added, %2 updated, %3 unchanged, %4 skipped</source>
        <translation>%1 hinzugefügt, %2 aktualisiert, %3 unverändert, %4 übersprungen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1-separated</source>
        <translation>Trennzeichen %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1 as %2 (%3).</source>
        <translation>%1 als %2 importiert (%3).</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n value(s) you edited by hand were kept (tick “Replace values I corrected by hand” to replace them).</source>
        <translation>
            <numerusform>%n von Hand geänderter Wert wurde behalten (zum Ersetzen „Von Hand korrigierte Werte ersetzen“ ankreuzen).</numerusform>
            <numerusform>%n von Hand geänderte Werte wurden behalten (zum Ersetzen „Von Hand korrigierte Werte ersetzen“ ankreuzen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skipped line %1: %2</source>
        <translation>Zeile %1 übersprungen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on line %1: %2</source>
        <translation>Hinweis zu Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>RoomGridModel</name>
    <message>
        <location filename="../../ui/models/agenda_grid_model.py" line="+85"/>
        <source>Day {n} · {date}</source>
        <translation>Tag {n} · {date}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ScheduleActions</name>
    <message>
        <location filename="../../ui/schedule_actions.py" line="+35"/>
        <location line="+9"/>
        <location line="+14"/>
        <source>Import a schedule</source>
        <translation>Zeitplan importieren</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Schedules (*.json *.xml *.csv *.xlsx)</source>
        <translation>Zeitpläne (*.json *.xml *.csv *.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add the sessions to the selected event, or make a new event?</source>
        <translation>Sessions zur gewählten Veranstaltung hinzufügen oder eine neue Veranstaltung anlegen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to this event</source>
        <translation>Zu dieser Veranstaltung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New event</source>
        <translation>Neue Veranstaltung</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+11"/>
        <source>Export the schedule</source>
        <translation>Zeitplan exportieren</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>frab schedule XML (*.xml);;c3voc schedule JSON (*.json)</source>
        <translation>frab-Zeitplan XML (*.xml);;c3voc-Zeitplan JSON (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Schedule written to %1</source>
        <translation>Zeitplan unter %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>SeriesCard</name>
    <message>
        <location filename="../../ui/widgets/series_card.py" line="+28"/>
        <source>This series</source>
        <translation>Diese Reihe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event</source>
        <translation>Veranstaltung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Going</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked in</source>
        <translation>Eingecheckt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events of this series</source>
        <translation>Veranstaltungen dieser Reihe</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="+57"/>
        <source>New session</source>
        <translation>Neue Session</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit session</source>
        <translation>Session bearbeiten</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Starts (%1):</source>
        <translation>&amp;Beginn (%1):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Room:</source>
        <translation>&amp;Raum:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Abstract:</source>
        <translation>&amp;Abstract:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;peakers:</source>
        <translation>&amp;Vortragende:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Add session “%1”</source>
        <translation>Session „%1“ hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit session “%1”</source>
        <translation>Session „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="-73"/>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SlotFinderDialog</name>
    <message>
        <location filename="../../ui/dialogs/slots_dialog.py" line="+47"/>
        <source>Move event “%1”</source>
        <translation>Veranstaltung „%1“ verschieben</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Find a time slot</source>
        <translation>Termin finden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Audience time zones with weights</source>
        <translation>Zeitzonen des Publikums mit Gewichtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audience (zone:weight):</source>
        <translation>&amp;Publikum (Zone:Gewicht):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session length in minutes</source>
        <translation>Länge der Session in Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date (UTC)</source>
        <translation>Datum (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da&amp;te (UTC):</source>
        <translation>Da&amp;tum (UTC):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local hours the whole session must fit in</source>
        <translation>Lokale Uhrzeiten, in die die ganze Session passen muss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Local window:</source>
        <translation>&amp;Lokales Zeitfenster:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of the audience for each start time (UTC)</source>
        <translation>Anteil des Publikums je Beginnzeit (UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selected start</source>
        <translation>Gewählter Beginn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Best start times</source>
        <translation>Beste Beginnzeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Move the event to this start</source>
        <translation>Veranstaltung auf diesen Beginn &amp;verschieben</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Green: the whole session falls inside everyone&apos;s local window.</source>
        <translation>Grün: Die ganze Session liegt im lokalen Zeitfenster aller.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start (UTC)</source>
        <translation>Beginn (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audience</source>
        <translation>Publikum</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>“%1” now starts %2.</source>
        <translation>„%1“ beginnt jetzt %2.</translation>
    </message>
</context>
<context>
    <name>SpeakerDialog</name>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="+23"/>
        <source>New speaker</source>
        <translation>Neue Vortragende</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit speaker</source>
        <translation>Vortragende bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. she/her</source>
        <translation>z. B. sie/ihr</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pronouns:</source>
        <translation>&amp;Pronomen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Affiliation:</source>
        <translation>&amp;Zugehörigkeit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home time &amp;zone:</source>
        <translation>Heimat&amp;zeitzone:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaks remotely</source>
        <translation>Spricht remote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joins:</source>
        <translation>Teilnahme:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Bio:</source>
        <translation>&amp;Bio:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website, Mastodon, GitHub…</source>
        <translation>Website, Mastodon, GitHub…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Links:</source>
        <translation>&amp;Links:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Create speaker “%1”</source>
        <translation>Vortragende „%1“ anlegen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit speaker “%1”</source>
        <translation>Vortragende „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>SpeakerLibraryPage</name>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="+6"/>
        <source>&lt;h2&gt;Speaker library&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Alle Vortragenden&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speakers across all your events. Add someone to a session from the session editor; their bio and photo come along.</source>
        <translation>Vortragende all Ihrer Veranstaltungen. Im Session-Editor fügen Sie jemanden zu einer Session hinzu; Bio und Foto kommen mit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Speaker library</source>
        <translation>Alle Vortragenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, affiliation or email</source>
        <translation>Nach Name, Zugehörigkeit oder E-Mail suchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New speaker…</source>
        <translation>&amp;Neue Vortragende…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit speaker</source>
        <translation>Vortragende bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+43"/>
        <source>Delete speaker</source>
        <translation>Vortragende löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1” and take them out of every session?</source>
        <translation>„%1“ löschen und aus allen Sessions entfernen?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete speaker “%1”</source>
        <translation>Vortragende „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>SpeakersPage</name>
    <message>
        <location line="-265"/>
        <source>&lt;h3&gt;Sessions&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Sessions&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag a row to change the running order.</source>
        <translation>Eine Zeile ziehen, um den Ablauf zu ändern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add session…</source>
        <translation>Session &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add session</source>
        <translation>Session hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit session</source>
        <translation>Session bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+124"/>
        <source>Remove session</source>
        <translation>Session entfernen</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;h3&gt;On stage at this event&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Auf der Bühne bei dieser Veranstaltung&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speakers at this event</source>
        <translation>Vortragende dieser Veranstaltung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search speakers</source>
        <translation>Vortragende suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New speaker…</source>
        <translation>Neue Person…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit speaker…</source>
        <translation>Vortragende bearbeiten…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose an event in the sidebar.</source>
        <translation>Wählen Sie links eine Veranstaltung.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Remove “%1” from the agenda?</source>
        <translation>„%1“ aus dem Programm entfernen?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove session “%1”</source>
        <translation>Session „%1“ entfernen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move “%1”</source>
        <translation>„%1“ verschieben</translation>
    </message>
</context>
<context>
    <name>StatStrip</name>
    <message>
        <location filename="../../ui/widgets/stats.py" line="+19"/>
        <source>Key figures</source>
        <translation>Kennzahlen</translation>
    </message>
</context>
<context>
    <name>StreamLinkDialog</name>
    <message>
        <location filename="../../ui/dialogs/stream_link_dialog.py" line="+29"/>
        <source>Edit stream link</source>
        <translation>Stream-Link bearbeiten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Viewer link:</source>
        <translation>Z&amp;uschauer-Link:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Studio or ingest link:</source>
        <translation>&amp;Studio- oder Ingest-Link:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit stream link “%1”</source>
        <translation>Stream-Link „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>StreamLinksModel</name>
    <message>
        <location filename="../../ui/models/stream_links_model.py" line="+32"/>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Reserve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>Aufzeichnung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Whole event</source>
        <translation>Ganze Veranstaltung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>set</source>
        <translation>gesetzt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Purpose</source>
        <translation>Zweck</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewer link</source>
        <translation>Zuschauer-Link</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Studio / ingest</source>
        <translation>Studio / Ingest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stream key</source>
        <translation>Stream-Schlüssel</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="+46"/>
        <source>Checklist templates</source>
        <translation>Checklisten-Vorlagen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+298"/>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+307"/>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location line="-305"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a template from a file</source>
        <translation>Vorlage aus einer Datei importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the template to a file</source>
        <translation>Vorlage in eine Datei exportieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template applies to</source>
        <translation>Die Vorlage gilt für</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event</source>
        <translation>die Veranstaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each speaker of the event</source>
        <translation>alle Vortragenden der Veranstaltung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use for {0} events</source>
        <translation>Für Veranstaltungen im Format {0} verwenden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template items</source>
        <translation>Punkte der Vorlage</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add item</source>
        <translation>Punkt &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an item</source>
        <translation>Einen Punkt hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove item</source>
        <translation>Punkt &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected item</source>
        <translation>Ausgewählten Punkt entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected item up</source>
        <translation>Ausgewählten Punkt nach oben schieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move do&amp;wn</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected item down</source>
        <translation>Ausgewählten Punkt nach unten schieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“When” is counted from the event start in the event&apos;s time zone: “-7 days”, “-7 days at 18:00”, “-2 hours”, “+1 day”. In a speaker template, items in the category “Remote” go only to remote speakers and “On site” only to speakers in the room. Changes apply to checklists added from now on.</source>
        <translation>„Wann“ zählt ab dem Beginn der Veranstaltung in ihrer Zeitzone und wird auf Englisch geschrieben: „-7 days“, „-7 days at 18:00“, „-2 hours“, „+1 day“. In einer Vorlage für Vortragende gehen Punkte der Kategorie „Remote“ nur an Remote-Vortragende und „On site“ nur an Vortragende im Raum. Änderungen gelten für Checklisten, die ab jetzt hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A&amp;pplies to:</source>
        <translation>&amp;Gilt für:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For events:</source>
        <translation>Für Veranstaltungen:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source> (shipped)</source>
        <translation> (mitgeliefert)</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n item(s). Offered for events of the ticked formats.</source>
        <translation>
            <numerusform>%n Punkt. Angeboten für Veranstaltungen der angehakten Formate.</numerusform>
            <numerusform>%n Punkte. Angeboten für Veranstaltungen der angehakten Formate.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tick at least one format.</source>
        <translation>Mindestens ein Format anhaken.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Add item</source>
        <translation>Punkt hinzufügen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What needs doing?</source>
        <translation>Was ist zu tun?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete the template “{0}”? Items it already added to events stay.</source>
        <translation>Die Vorlage „{0}“ löschen? Punkte, die sie schon zu Veranstaltungen hinzugefügt hat, bleiben.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export template</source>
        <translation>Vorlage exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>Checklist (*.json)</source>
        <translation>Checkliste (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>Import template</source>
        <translation>Vorlage importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the existing template?</source>
        <translation>Vorhandene Vorlage ersetzen?</translation>
    </message>
</context>
<context>
    <name>TrendBars</name>
    <message>
        <location filename="../../ui/widgets/trend_bars.py" line="+25"/>
        <source>Attendance trend</source>
        <translation>Entwicklung der Teilnahme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 going, %3 came</source>
        <translation>%1: %2 zugesagt, %3 gekommen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The trend appears after a few events.</source>
        <translation>Die Entwicklung erscheint nach einigen Veranstaltungen.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+1"/>
        <source>RSVP going</source>
        <translation>Zusagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>checked in</source>
        <translation>eingecheckt</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="-60"/>
        <location line="+5"/>
        <source>User guide</source>
        <translation>Handbuch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user guide is missing from this installation.</source>
        <translation>In dieser Installation fehlt das Handbuch.</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="+24"/>
        <source>New venue</source>
        <translation>Neuer Ort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit venue</source>
        <translation>Ort bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Talent Garden Ostiense</source>
        <translation>z. B. Factory Berlin Görlitzer Park</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Map link:</source>
        <translation>&amp;Kartenlink:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capacity:</source>
        <translation>&amp;Kapazität:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact email:</source>
        <translation>E-Mail Kontakt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact phone:</source>
        <translation>Telefon Kontakt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility:</source>
        <translation>Barrierefreiheit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wi-Fi name:</source>
        <translation>WLAN-Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wi-Fi password:</source>
        <translation>WLAN-Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/V equipment:</source>
        <translation>AV-Technik:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes at:</source>
        <translation>Schließt um:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Create venue “%1”</source>
        <translation>Ort „%1“ anlegen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit venue “%1”</source>
        <translation>Ort „%1“ bearbeiten</translation>
    </message>
</context>
<context>
    <name>VenueStreamPage</name>
    <message>
        <location filename="../../ui/pages/venue_stream_page.py" line="+199"/>
        <source>Viewer link</source>
        <translation>Zuschauer-Link</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Venue &amp; Stream</source>
        <extracomment>A copied stream key leaves the clipboard after this long, if it is still there (as password managers do); tests shorten it.</extracomment>
        <translation>Ort &amp; Stream</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Venue</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open &amp;map</source>
        <translation>&amp;Karte öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the venue map in the browser</source>
        <translation>Karte des Orts im Browser öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity:</source>
        <translation>Kapazität:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes at:</source>
        <translation>Schließt um:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility:</source>
        <translation>Barrierefreiheit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wifi:</source>
        <translation>WLAN:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/V:</source>
        <translation>AV:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stream and call links</source>
        <translation>Stream- und Call-Links</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stream links</source>
        <translation>Stream-Links</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Purpose of the new link</source>
        <translation>Zweck des neuen Links</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole event or one session</source>
        <translation>Ganze Veranstaltung oder eine Session</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Viewer link (https://…)</source>
        <translation>Zuschauer-Link (https://…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Studio or ingest (https://, rtmps://)</source>
        <translation>Studio oder Ingest (https://, rtmps://)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studio or ingest link</source>
        <translation>Studio- oder Ingest-Link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected platform</source>
        <translation>Erkannte Plattform</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add link</source>
        <translation>Link &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the link</source>
        <translation>Link hinzufügen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open viewer link</source>
        <translation>Zuschauer-Link ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected viewer link in the browser</source>
        <translation>Ausgewählten Zuschauer-Link im Browser öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ed&amp;it link…</source>
        <translation>Link &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected link</source>
        <translation>Ausgewählten Link bearbeiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove link</source>
        <translation>Link &amp;entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected link</source>
        <translation>Ausgewählten Link entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stream key for the selected link</source>
        <translation>Stream-Schlüssel des ausgewählten Links</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream key (kept in the system keyring)</source>
        <translation>Stream-Schlüssel (im Schlüsselbund des Systems)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;key</source>
        <translation>&amp;Schlüssel speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the stream key</source>
        <translation>Stream-Schlüssel speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold to s&amp;how</source>
        <translation>Zum &amp;Anzeigen gedrückt halten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the saved stream key while the button is held down</source>
        <translation>Den gespeicherten Stream-Schlüssel zeigen, solange die Taste gedrückt ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cop&amp;y key</source>
        <translation>Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the saved stream key</source>
        <translation>Den gespeicherten Stream-Schlüssel kopieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved stream key, while shown</source>
        <translation>Gespeicherter Stream-Schlüssel, solange angezeigt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready to go live?</source>
        <translation>Bereit für den Livestream?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is missing for the stream</source>
        <translation>Was für den Stream noch fehlt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent &amp;given</source>
        <translation>Zustimmung &amp;erteilt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected speaker agreed to be recorded for that session</source>
        <translation>Die ausgewählte Person hat der Aufzeichnung dieser Session zugestimmt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent re&amp;fused</source>
        <translation>Zustimmung &amp;verweigert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected speaker does not want that session recorded</source>
        <translation>Die ausgewählte Person möchte nicht, dass diese Session aufgezeichnet wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For the selected speaker:</source>
        <translation>Für die ausgewählte Person:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose an event.</source>
        <translation>Wählen Sie eine Veranstaltung.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Whole event</source>
        <translation>Ganze Veranstaltung</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stream keys are kept in the system keyring, never in the database.</source>
        <translation>Stream-Schlüssel liegen im Schlüsselbund des Systems, nie in der Datenbank.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no keyring: stream keys are kept in a file encrypted with your passphrase, never in the database.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund: Stream-Schlüssel liegen in einer mit deiner Passphrase verschlüsselten Datei, nie in der Datenbank.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer has no keyring: stream keys are kept only until you close the app, and never in the database.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund: Stream-Schlüssel bleiben nur bis zum Schließen des Programms erhalten und nie in der Datenbank.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This event is in person only; nothing to stream.</source>
        <translation>Diese Veranstaltung findet nur vor Ort statt; nichts zu streamen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything is in place for the stream.</source>
        <translation>Für den Stream ist alles bereit.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No venue chosen (online only?)</source>
        <translation>Kein Ort gewählt (nur online?)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0} (the password is printed on the agenda only if you tick Wifi)</source>
        <translation>{0} (das Passwort steht nur auf dem gedruckten Programm, wenn Sie WLAN anhaken)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Add stream link</source>
        <translation>Stream-Link hinzufügen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Link added.</source>
        <translation>Link hinzugefügt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+15"/>
        <location line="+47"/>
        <source>Select a link first.</source>
        <translation>Bitte zuerst einen Link auswählen.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Link saved.</source>
        <translation>Link gespeichert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove stream link</source>
        <translation>Stream-Link entfernen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link removed.</source>
        <translation>Link entfernt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a line about recording consent first.</source>
        <translation>Bitte zuerst eine Zeile zur Aufzeichnungszustimmung auswählen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record consent</source>
        <translation>Zustimmung festhalten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not opened: only http, https and mailto links are opened from here.</source>
        <translation>Nicht geöffnet: Von hier werden nur http-, https- und mailto-Links geöffnet.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+44"/>
        <source>Select the link the key belongs to first.</source>
        <translation>Bitte zuerst den Link auswählen, zu dem der Schlüssel gehört.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>No stream key is saved for this link.</source>
        <translation>Für diesen Link ist kein Stream-Schlüssel gespeichert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stream keys unlocked: hold the button to see the key.</source>
        <translation>Stream-Schlüssel entsperrt: halte die Taste gedrückt, um den Schlüssel zu sehen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stream key copied to the clipboard.</source>
        <translation>Stream-Schlüssel in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Stream key saved in the system keyring.</source>
        <translation>Stream-Schlüssel im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream key saved in the encrypted key file.</source>
        <translation>Stream-Schlüssel in der verschlüsselten Schlüsseldatei gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream key kept for this session only (no keyring on this computer).</source>
        <translation>Stream-Schlüssel nur bis zum Schließen des Programms aufbewahrt (kein Schlüsselbund auf diesem Computer).</translation>
    </message>
</context>
<context>
    <name>VenuesPage</name>
    <message>
        <location filename="../../ui/pages/venues_page.py" line="+6"/>
        <source>&lt;h2&gt;Venues&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Orte&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every place you have used. Pick one for the current event, or keep the details (Wi-Fi, access, closing time) in one place.</source>
        <translation>Alle Orte, die Sie genutzt haben. Wählen Sie einen für die aktuelle Veranstaltung oder halten Sie die Details (WLAN, Zugang, Schließzeit) an einer Stelle fest.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Venues</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search venues</source>
        <translation>Orte suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New venue…</source>
        <translation>&amp;Neuer Ort…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit venue</source>
        <translation>Ort bearbeiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use for this event</source>
        <translation>Für diese Veranstaltung &amp;verwenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+61"/>
        <source>Delete venue</source>
        <translation>Ort löschen</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Change the event&apos;s venue</source>
        <translation>Ort der Veranstaltung ändern</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete the venue “%1”? Events held there keep their details but lose the venue.</source>
        <translation>Den Ort „%1“ löschen? Veranstaltungen dort behalten ihre Details, verlieren aber den Ort.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete venue “%1”</source>
        <translation>Ort „%1“ löschen</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/pages/checkin_page.py" line="-773"/>
        <source>Add a walk-in</source>
        <translation>Gast ohne Anmeldung hinzufügen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Print a badge now</source>
        <translation>Jetzt ein Badge drucken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badge printing is not available in this version.</source>
        <translation>Badge-Druck ist in dieser Version nicht verfügbar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;First name</source>
        <translation>&amp;Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Company</source>
        <translation>&amp;Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Rolle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add and check in</source>
        <translation>Hinzufügen und einchecken</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/pages/welcome_page.py" line="+19"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Welcome to Meetup Organiser</source>
        <translation>Willkommen bei Meetup Organiser</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plan the talks, the room and the stream, work through the checklist, and print badges at the door. Everything stays on this computer.</source>
        <translation>Planen Sie Vorträge, Raum und Stream, arbeiten Sie die Checkliste ab und drucken Sie Badges am Einlass. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create your first meetup</source>
        <translation>Erstes Meetup anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explore the sample meetup</source>
        <translation>Beispiel-Meetup ansehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another database…</source>
        <translation>Andere Datenbank öffnen…</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../ui/workers.py" line="+85"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>WriteToSpeakersDialog</name>
    <message>
        <location filename="../../ui/dialogs/mail_dialog.py" line="+88"/>
        <source>Write to speakers</source>
        <translation>Vortragenden schreiben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Message:</source>
        <translation>&amp;Nachricht:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Speakers (ticked ones get a draft)</source>
        <translation>Vortragende (Angehakte erhalten einen Entwurf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merged message</source>
        <translation>Zusammengeführte Nachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>An:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached:</source>
        <translation>Anhang:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Template subject</source>
        <translation>Betreff der Vorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template text</source>
        <translation>Text der Vorlage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields:</source>
        <translation>Felder:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save &amp;template</source>
        <translation>&amp;Vorlage speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset to the shipped text</source>
        <translation>Auf den mitgelieferten Text &amp;zurücksetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit template</source>
        <translation>Vorlage &amp;bearbeiten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save drafts &amp;in:</source>
        <translation>Entwürfe speichern &amp;in:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+157"/>
        <source>Folder for the drafts</source>
        <translation>Ordner für die Entwürfe</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save drafts</source>
        <translation>Entwürfe &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in mail app</source>
        <translation>Im Mail&amp;programm öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hands the selected speaker&apos;s message to your mail program (no attachment).</source>
        <translation>Übergibt die Nachricht der ausgewählten Person an Ihr Mailprogramm (ohne Anhang).</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1 of %2 speakers ticked.</source>
        <translation>%1 von %2 Vortragenden angehakt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (no e-mail address: fill it in in your mail program)</source>
        <translation>%1 (keine E-Mail-Adresse: im Mailprogramm eintragen)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 drafts saved in %2; %3 checklist items updated.</source>
        <translation>%1 Entwürfe in %2 gespeichert; %3 Punkte der Checkliste aktualisiert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Handed to your mail program: %1.</source>
        <translation>An Ihr Mailprogramm übergeben: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Template “%1” saved.</source>
        <translation>Vorlage „%1“ gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The shipped text is back.</source>
        <translation>Der mitgelieferte Text ist wieder da.</translation>
    </message>
</context>
<context>
    <name>ZoneChooser</name>
    <message>
        <location filename="../../ui/dialogs/zone_chooser.py" line="+60"/>
        <source>Choose a time zone</source>
        <translation>Zeitzone wählen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a city, region or offset, e.g. Rome or +05:30</source>
        <translation>Stadt, Region oder Versatz tippen, z. B. Berlin oder +05:30</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search time zones</source>
        <translation>Zeitzonen suchen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time zones</source>
        <translation>Zeitzonen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No time zone matches “%1”. Try a city or a country, or an offset like +01:00.</source>
        <translation>Keine Zeitzone passt zu „%1“. Versuchen Sie eine Stadt, ein Land oder einen Versatz wie +01:00.</translation>
    </message>
</context>
<context>
    <name>ZoneField</name>
    <message>
        <location line="+35"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Europe/Rome</source>
        <translation>z. B. Europe/Berlin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a time zone</source>
        <translation>Zeitzone wählen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Means %1.</source>
        <translation>Also %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No time zone matches “%1”; try a city or a country, or Choose…</source>
        <translation>Keine Zeitzone passt zu „%1“; versuchen Sie eine Stadt, ein Land oder „Wählen…“</translation>
    </message>
</context>
</TS>

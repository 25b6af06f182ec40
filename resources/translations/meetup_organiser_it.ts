<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="+16"/>
        <source>About %1</source>
        <translation>Informazioni su %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Version %1</source>
        <translation>Versione %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan meetups offline: speakers, venues, hybrid streams, checklists, attendees, badges and agendas.</source>
        <translation>Organizza meetup anche offline: relatori, sedi, dirette ibride, checklist, partecipanti, badge e programmi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About</source>
        <translation>Informazioni</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="+19"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Puoi annullare con Modifica ▸ Annulla.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Delete “%1” with its agenda, attendees and checklist?</source>
        <translation>Eliminare “%1” con programma, partecipanti e checklist?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete event</source>
        <translation>Elimina evento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete event “%1”</source>
        <translation>Elimina evento “%1”</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="+109"/>
        <source>Session</source>
        <translation>Sessione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speakers</source>
        <translation>Relatori</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locked</source>
        <translation>Bloccata</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warnings</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>locked</source>
        <translation>bloccata</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not locked</source>
        <translation>non bloccata</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <source>remote; their time: {0} ({1})</source>
        <translation>da remoto; ora locale del relatore: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="+61"/>
        <source>Agenda</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Event and its time zone</source>
        <translation>Evento e fuso orario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Viewer time zones:</source>
        <translation>&amp;Fusi orari del pubblico:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. America/New_York, Asia/Kolkata</source>
        <translation>es. America/New_York, Asia/Kolkata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewer time zones, separated by commas</source>
        <translation>Fusi orari del pubblico, separati da virgole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show zones</source>
        <translation>Mostra fusi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply viewer time zones</source>
        <translation>Applica i fusi orari del pubblico</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Running order</source>
        <translation>Scaletta</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>New &amp;session:</source>
        <translation>Nuova &amp;sessione:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the new session</source>
        <translation>Titolo della nuova sessione</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind of the new session</source>
        <translation>Tipo della nuova sessione</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration of the new session in minutes</source>
        <translation>Durata della nuova sessione in minuti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd</source>
        <translation>A&amp;ggiungi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the session at the end</source>
        <translation>Aggiungi la sessione in fondo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete session</source>
        <translation>E&amp;limina sessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected session</source>
        <translation>Elimina la sessione selezionata</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move &amp;up</source>
        <translation>Sposta s&amp;u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Sposta gi&amp;ù</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected session earlier</source>
        <translation>Anticipa la sessione selezionata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected session later</source>
        <translation>Posticipa la sessione selezionata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Down</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Print agenda…</source>
        <translation>S&amp;tampa programma…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the agenda as a PDF</source>
        <translation>Stampa il programma in PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Announcement…</source>
        <translation>&amp;Annuncio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the announcement</source>
        <translation>Scrivi l’annuncio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warnings</source>
        <translation>Avvisi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda warnings</source>
        <translation>Avvisi sul programma</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose an event to see its agenda.</source>
        <translation>Scegli un evento per vederne il programma.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{title} — {when} — {format}</source>
        <translation>{title} — {when} — {format}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No clashes, gaps or overruns.</source>
        <translation>Nessuna sovrapposizione, buco o sforamento.</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>Move session</source>
        <translation>Sposta sessione</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change duration</source>
        <translation>Cambia durata</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock session</source>
        <translation>Blocca sessione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock session</source>
        <translation>Sblocca sessione</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+61"/>
        <location line="+15"/>
        <source>Select a session first.</source>
        <translation>Seleziona prima una sessione.</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Delete session</source>
        <translation>Elimina sessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted “{0}”; Undo puts it back.</source>
        <translation>Eliminata “{0}”; Annulla la ripristina.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change viewer time zones</source>
        <translation>Cambia i fusi orari del pubblico</translation>
    </message>
    <message>
        <location line="-433"/>
        <source>Day of the agenda</source>
        <translation>Giorno del programma</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Sessions per room</source>
        <translation>Sessioni per sala</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Ed&amp;it session…</source>
        <translation>Mod&amp;ifica sessione…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected session in the editor</source>
        <translation>Apri la sessione selezionata nell’editor</translation>
    </message>
    <message>
        <location line="+287"/>
        <source>Add session “%1”</source>
        <translation>Aggiungi sessione “%1”</translation>
    </message>
</context>
<context>
    <name>AgendaPrintDialog</name>
    <message>
        <location filename="../../ui/dialogs/agenda_print_dialog.py" line="+49"/>
        <location line="+181"/>
        <source>Print agenda</source>
        <translation>Stampa programma</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>&amp;Viewer time zones:</source>
        <translation>&amp;Fusi orari del pubblico:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewer time zones, separated by commas</source>
        <translation>Fusi orari del pubblico, separati da virgole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Carta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>Lettera USA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size</source>
        <translation>Formato carta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the &amp;wifi password</source>
        <translation>Stampa la password del &amp;Wi-Fi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the venue wifi name and password</source>
        <translation>Stampa nome e password del Wi-Fi della sede</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Agenda preview</source>
        <translation>Anteprima del programma</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Salva PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the agenda as a PDF file</source>
        <translation>Salva il programma come file PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>S&amp;tampa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the agenda to a printer</source>
        <translation>Invia il programma a una stampante</translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n pagina.</numerusform>
            <numerusform>%n pagine.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved to {0}.</source>
        <translation>Salvato in {0}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save agenda</source>
        <translation>Salva programma</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The printer could not be opened.</source>
        <translation>Impossibile aprire la stampante.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Inviata %n pagina alla stampante.</numerusform>
            <numerusform>Inviate %n pagine alla stampante.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnounceDialog</name>
    <message>
        <location filename="../../ui/dialogs/announce_dialog.py" line="+30"/>
        <source>Announcement</source>
        <translation>Annuncio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Viewer time zones:</source>
        <translation>&amp;Fusi orari del pubblico:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewer time zones, separated by commas</source>
        <translation>Fusi orari del pubblico, separati da virgole</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Short post (under 280 characters)</source>
        <translation>Post &amp;breve (meno di 280 caratteri)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short post</source>
        <translation>Post breve</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Announcement text</source>
        <translation>Testo dell’annuncio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the announcement to the clipboard</source>
        <translation>Copia l’annuncio negli appunti</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{0} of {1} characters.</source>
        <translation>{0} caratteri su {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown, ready for Meetup or a mailing list.</source>
        <translation>Markdown, pronto per Meetup o per una mailing list.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied to the clipboard.</source>
        <translation>Copiato negli appunti.</translation>
    </message>
</context>
<context>
    <name>AttendanceChart</name>
    <message>
        <location filename="../../ui/widgets/attendance_chart.py" line="+41"/>
        <source>%1: %2 going (not happened yet)</source>
        <translation>%1: %2 iscritti (non ancora svolto)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 checked in of %3 going (%4)</source>
        <translation>%1: %2 arrivati su %3 iscritti (%4)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Attendance across past events</source>
        <translation>Presenze negli eventi passati</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 going, not happened yet</source>
        <translation>%1: %2 iscritti, non ancora svolto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 su %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <source>No past events yet.</source>
        <translation>Ancora nessun evento passato.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 going</source>
        <translation>%1 iscritti</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <location line="+1"/>
        <source>going</source>
        <translation>iscritti</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+11"/>
        <source>checked in</source>
        <translation>arrivati</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <location filename="../../ui/dialogs/attendee_dialog.py" line="+42"/>
        <source>Edit attendee</source>
        <translation>Modifica partecipante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add attendee</source>
        <translation>Aggiungi partecipante</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;First name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Cognome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Company</source>
        <translation>&amp;Azienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Job title</source>
        <translation>&amp;Qualifica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pronouns</source>
        <translation>&amp;Pronomi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RSVP</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guests</source>
        <translation>Ospiti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Role</source>
        <translation>&amp;Ruolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RS&amp;VP</source>
        <translation>R&amp;isposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guests</source>
        <translation>O&amp;spiti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>No&amp;te</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edited by hand, kept when the list is imported again: %1</source>
        <translation>Modificato a mano, conservato quando si reimporta la lista: %1</translation>
    </message>
</context>
<context>
    <name>AttendeesModel</name>
    <message>
        <location filename="../../ui/models/attendees_model.py" line="+42"/>
        <source>Attendee</source>
        <translation>Partecipante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Relatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser</source>
        <translation>Organizzatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer</source>
        <translation>Volontario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Going</source>
        <translation>Partecipa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waitlist</source>
        <translation>Lista d’attesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not going</source>
        <translation>Non partecipa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited</source>
        <translation>Invitato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by hand</source>
        <translation>Aggiunto a mano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file</source>
        <translation>File CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in</source>
        <translation>Non iscritto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSVP</source>
        <translation>Risposta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Said they were going but did not come to two or more past events.</source>
        <translation>Ha confermato ma non si è presentato a due o più eventi passati.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edited by hand (kept on re-import): %s</source>
        <translation>Modificato a mano (conservato alla reimportazione): %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (repeat no-show)</source>
        <translation> (assente abituale)</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>Choose a value</source>
        <translation>Scegli un valore</translation>
    </message>
</context>
<context>
    <name>AttendeesPage</name>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="+131"/>
        <source>Attendance numbers</source>
        <translation>Numeri delle presenze</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by name, email or company</source>
        <translation>Filtra per nome, email o azienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter attendees</source>
        <translation>Filtra i partecipanti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only</source>
        <translation>Mostra solo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Going</source>
        <translation>Partecipano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waitlist</source>
        <translation>In lista d’attesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited, not registered</source>
        <translation>Invitato, non iscritto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not going</source>
        <translation>Non partecipano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>Check-in fatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked in yet</source>
        <translation>Check-in non ancora fatto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import…</source>
        <translation>Importa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import attendees from a CSV file</source>
        <translation>Importa i partecipanti da un file CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or drop a CSV file onto this page</source>
        <translation>Oppure trascina un file CSV su questa pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Esporta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export attendees as CSV</source>
        <translation>Esporta i partecipanti in CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>Aggiungi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an attendee by hand</source>
        <translation>Aggiungi un partecipante a mano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected attendee</source>
        <translation>Modifica il partecipante selezionato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected attendee</source>
        <translation>Elimina il partecipante selezionato</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+59"/>
        <source>Attendees</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+67"/>
        <source>No attendees yet. Import the RSVP export from Meetup, Eventbrite or Luma.</source>
        <translation>Ancora nessun partecipante. Importa l’esportazione delle iscrizioni da Meetup, Eventbrite o Luma.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Choose an event to see its attendees.</source>
        <translation>Scegli un evento per vederne i partecipanti.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;%1&lt;/b&gt; going</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; iscritti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; checked in</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; arrivati</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on the waitlist</source>
        <translation>%1 in lista d’attesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 not going</source>
        <translation>%1 non partecipano</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>capacity %1</source>
        <translation>capienza %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no-show rate %1%</source>
        <translation>tasso di assenza %1%</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>⚠ %n repeat no-show(s)</source>
        <translation>
            <numerusform>⚠ %n assente abituale</numerusform>
            <numerusform>⚠ %n assenti abituali</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+92"/>
        <source>Exported %n attendee(s) to %1</source>
        <translation>
            <numerusform>Esportato %n partecipante in %1</numerusform>
            <numerusform>Esportati %n partecipanti in %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+10"/>
        <source>Delete attendee</source>
        <translation>Elimina partecipante</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Delete %1 from this event? A later import adds them again.</source>
        <translation>Eliminare %1 da questo evento? Una successiva importazione lo aggiungerà di nuovo.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+10"/>
        <source>Export attendees</source>
        <translation>Esporta partecipanti</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Import: %1</source>
        <translation>Importazione: %1</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="+53"/>
        <location line="+1"/>
        <source>Back up or restore</source>
        <translation>Backup e ripristino</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A backup is a complete copy of this database: events, people, checklists and speaker photos. Stream keys are never stored, so never backed up. Give a backup file to a co-organiser to hand the event over.</source>
        <translation>Un backup è una copia completa di questo database: eventi, persone, checklist e foto dei relatori. Le chiavi stream non vengono mai salvate, quindi non finiscono mai in un backup. Per passare l&apos;evento a un co-organizzatore, dategli un file di backup.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Back up now…</source>
        <translation>Fai un backup &amp;ora…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now</source>
        <translation>Fai un backup ora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from a file…</source>
        <translation>&amp;Ripristina da un file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from a file</source>
        <translation>Ripristina da un file</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups kept beside this database (newest first):</source>
        <translation>Backup conservati accanto a questo database (i più recenti prima):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept backups</source>
        <translation>Backup conservati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore &amp;selected…</source>
        <translation>Ripristina il backup &amp;selezionato…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected backup</source>
        <translation>Ripristina il backup selezionato</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result</source>
        <translation>Esito</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This is a shared PostgreSQL database: it is backed up on its server (pg_dump), not from here.</source>
        <translation>Questo è un database PostgreSQL condiviso: il backup si fa sul suo server (pg_dump), non da qui.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>automatic</source>
        <translation>automatico</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manual</source>
        <translation>manuale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>prima di un ripristino</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>before an upgrade</source>
        <translation>prima di un aggiornamento</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back up to</source>
        <translation>Salva il backup in</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Meetup Organiser backups (*.sqlite);;All files (*)</source>
        <translation>Backup di Meetup Organiser (*.sqlite);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Backed up and verified: %1</source>
        <translation>Backup fatto e verificato: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore from</source>
        <translation>Ripristina da</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restore this backup?</source>
        <translation>Ripristinare questo backup?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace everything in %1 with the backup %2?

The current data is kept in the backups folder first, so this can be undone by restoring that copy.</source>
        <translation>Sostituire tutto il contenuto di %1 con il backup %2?

I dati attuali vengono prima salvati nella cartella dei backup, quindi si può tornare indietro ripristinando quella copia.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Restored from %1. The data it replaced is kept in %2.</source>
        <translation>Ripristinato da %1. I dati sostituiti sono conservati in %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(nothing: the database was empty)</source>
        <translation>(niente: il database era vuoto)</translation>
    </message>
</context>
<context>
    <name>BadgeLayoutDialog</name>
    <message>
        <location filename="../../ui/dialogs/badge_layout_dialog.py" line="+38"/>
        <source>New label sheet</source>
        <translation>Nuovo foglio di etichette</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layout name</source>
        <translation>Nome del formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. club-badges</source>
        <translation>es. badge-club</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper size</source>
        <translation>Formato carta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom</source>
        <translation>Personalizzato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page width</source>
        <translation>Larghezza pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page height</source>
        <translation>Altezza pagina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge width</source>
        <translation>Larghezza badge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge height</source>
        <translation>Altezza badge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left margin</source>
        <translation>Margine sinistro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top margin</source>
        <translation>Margine superiore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap between columns</source>
        <translation>Spazio tra le colonne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap between rows</source>
        <translation>Spazio tra le righe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corner radius</source>
        <translation>Raggio degli angoli</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Carta:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page si&amp;ze:</source>
        <translation>Dimensioni &amp;pagina:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Badge size:</source>
        <translation>Dimensioni &amp;badge:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Grid (columns × rows):</source>
        <translation>&amp;Griglia (colonne × righe):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Margins (left, top):</source>
        <translation>&amp;Margini (sinistro, superiore):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>G&amp;aps (across, down):</source>
        <translation>Spa&amp;zi (orizzontale, verticale):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Corner radius:</source>
        <translation>Raggio degli angol&amp;i:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem with the layout</source>
        <translation>Problema nel formato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layout summary</source>
        <translation>Riepilogo del formato</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 badges per sheet; right margin %2 mm, bottom margin %3 mm.</source>
        <translation>%1 badge per foglio; margine destro %2 mm, margine inferiore %3 mm.</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../../ui/camera_scanner.py" line="+39"/>
        <source>Camera status</source>
        <translation>Stato della fotocamera</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading codes needs the zxing-cpp package; scan or type instead.</source>
        <translation>Per leggere i codici serve il pacchetto zxing-cpp; usa lo scanner o scrivi il nome.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The camera needs Qt Multimedia (the PySide6-Addons package); scan with a USB scanner or type the name instead.</source>
        <translation>La fotocamera richiede Qt Multimedia (il pacchetto PySide6-Addons); usa uno scanner USB o scrivi il nome.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No camera found; scan with a USB scanner or type the name instead.</source>
        <translation>Nessuna fotocamera trovata; usa uno scanner USB o scrivi il nome.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hold the badge or the phone&apos;s ticket up to the camera.</source>
        <translation>Mostra alla fotocamera il badge o il biglietto sul telefono.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The camera cannot be used (%1); scan or type instead.</source>
        <translation>Non si può usare la fotocamera (%1); usa lo scanner o scrivi il nome.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access refused</source>
        <translation>accesso negato</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not read that frame (%1).</source>
        <translation>Impossibile leggere questa immagine (%1).</translation>
    </message>
</context>
<context>
    <name>CapacityBar</name>
    <message>
        <location filename="../../ui/widgets/capacity_bar.py" line="+22"/>
        <source>RSVPs against capacity</source>
        <translation>Iscritti rispetto alla capienza</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 going of %2 places</source>
        <translation>%1 iscritti su %2 posti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 going, no capacity set</source>
        <translation>%1 iscritti, capienza non indicata</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n on the waiting list</source>
        <translation>
            <numerusform>%n in lista d’attesa</numerusform>
            <numerusform>%n in lista d’attesa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../../ui/pages/checkin_page.py" line="+536"/>
        <location line="+93"/>
        <source>Check in %1</source>
        <translation>Check-in di %1</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+93"/>
        <source>Check-in of %1 undone.</source>
        <translation>Check-in di %1 annullato.</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Walk-in %1</source>
        <translation>Non iscritto %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>✓ Walk-in %1 added again.</source>
        <translation>✓ Non iscritto %1 aggiunto di nuovo.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Walk-in %1 taken off the list.</source>
        <translation>Non iscritto %1 tolto dall’elenco.</translation>
    </message>
    <message>
        <location line="-654"/>
        <source>Scan result</source>
        <translation>Esito della scansione</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Checked in, going and capacity</source>
        <translation>Arrivati, iscritti e capienza</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan a ticket, or type part of a name or email…</source>
        <translation>Scansiona un biglietto, o scrivi parte di un nome o di un’email…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a person</source>
        <translation>Trova una persona</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matching people</source>
        <translation>Persone trovate</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last action</source>
        <translation>Ultima azione</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check in  (Enter)</source>
        <translation>Check-in  (Invio)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in the highlighted person</source>
        <translation>Fai il check-in della persona evidenziata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo  (Ctrl+Z)</source>
        <translation>Annulla  (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last check-in or walk-in</source>
        <translation>Annulla l’ultimo check-in o non iscritto aggiunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in…  (Ctrl+N)</source>
        <translation>Non iscritto…  (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add someone who is not on the list</source>
        <translation>Aggiungi chi non è in lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint badge  (Ctrl+P)</source>
        <translation>Ristampa badge  (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint the highlighted person&apos;s badge</source>
        <translation>Ristampa il badge della persona evidenziata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Fotocamera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan codes with this computer&apos;s camera</source>
        <translation>Leggi i codici con la fotocamera di questo computer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Door mode  (F11)</source>
        <translation>Modalità ingresso  (F11)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen, large type, for volunteers at the door</source>
        <translation>Schermo intero, caratteri grandi, per i volontari all’ingresso</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badge printing is not available in this version.</source>
        <translation>La stampa dei badge non è disponibile in questa versione.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Badge layout for reprints</source>
        <translation>Formato del badge per le ristampe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label sheet or badge printer used for reprints</source>
        <translation>Foglio di etichette o stampante di badge per le ristampe</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reprint on:</source>
        <translation>Ristampa su:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Choose an event to check people in.</source>
        <translation>Scegli un evento per fare il check-in.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>%1 checked in  /  %2 going</source>
        <translation>%1 arrivati  /  %2 iscritti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  /  guests %1 of %2</source>
        <translation>  /  ospiti %1 di %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  /  %1 capacity</source>
        <translation>  /  capienza %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>✓ checked in %1</source>
        <translation>✓ check-in alle %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waitlist</source>
        <translation>lista d’attesa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>said not going</source>
        <translation>aveva detto di non venire</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Nobody matches “%1”. Press Ctrl+N to add a walk-in.</source>
        <translation>Nessuno corrisponde a “%1”. Premi Ctrl+N per aggiungere un non iscritto.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>This ticket is for another event</source>
        <translation>Questo biglietto è per un altro evento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n people hold this code: %1. Check them in by name.</source>
        <translation>
            <numerusform>%n persona ha questo codice: %1. Registrala per nome.</numerusform>
            <numerusform>%n persone hanno questo codice: %1. Registrale per nome.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is %1 characters: too long to be a ticket code.</source>
        <translation>Sono %1 caratteri: troppi per un codice di biglietto.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That contact card has no name or email to look up.</source>
        <translation>Questo biglietto da visita non ha né un nome né un&apos;email da cercare.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not a ticket code (unreadable characters).</source>
        <translation>Questo non è un codice di biglietto (caratteri illeggibili).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Printing the badge for %1…</source>
        <translation>Stampa del badge di %1…</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>✓ Walk-in %1 added and checked in.</source>
        <translation>✓ %1 (non iscritto) aggiunto con check-in fatto.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Highlight a person first, then reprint the badge.</source>
        <translation>Evidenzia prima una persona, poi ristampa il badge.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Badge printing is not available in this version of Meetup Organiser; write the name on a blank badge.</source>
        <translation>La stampa dei badge non è disponibile in questa versione di Meetup Organiser; scrivi il nome su un badge vuoto.</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Checked in: %1</source>
        <translation>Check-in: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(+%n guest(s))</source>
        <translation>
            <numerusform>(+%n ospite)</numerusform>
            <numerusform>(+%n ospiti)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already checked in: %1 at %2</source>
        <translation>Check-in già fatto: %1 alle %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled ticket: %1</source>
        <translation>Biglietto annullato: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not on the list</source>
        <translation>Non è in lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This ticket is for %1</source>
        <translation>Questo biglietto è per %1</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../ui/models/checklist_model.py" line="+41"/>
        <source>Overdue</source>
        <translation>In ritardo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late start (already past due when planning began)</source>
        <translation>Partenza in ritardo (già scadute quando è iniziata l’organizzazione)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due this week</source>
        <translation>In scadenza questa settimana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Più avanti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fatte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remote</source>
        <translation>da remoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note: </source>
        <translation>Nota: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>fatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not done</source>
        <translation>da fare</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Speaker</source>
        <translation>Relatore</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>on site</source>
        <translation>in sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not needed</source>
        <translation>non richiesto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>da fare</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+211"/>
        <source>Item</source>
        <translation>Voce</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Due</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Incaricato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done at</source>
        <translation>Fatto il</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Why</source>
        <translation>Perché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quando</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsabile</translation>
    </message>
</context>
<context>
    <name>ChecklistOverviewPanel</name>
    <message>
        <location filename="../../ui/pages/checklist_page.py" line="+636"/>
        <source>Checklist progress for the event</source>
        <translation>Avanzamento della checklist dell’evento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next checklist items due</source>
        <translation>Prossime voci in scadenza</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Speaker readiness</source>
        <translation>Preparazione dei relatori</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next due</source>
        <translation>Prossime scadenze</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{0} of {1} done ({2}%)</source>
        <translation>{0} di {1} fatte ({2}%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (overdue)</source>
        <translation> (in ritardo)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing left to do.</source>
        <translation>Non resta niente da fare.</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location line="-177"/>
        <source>Tick “{0}”</source>
        <translation>Spunta “{0}”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Untick “{0}”</source>
        <translation>Togli la spunta a “{0}”</translation>
    </message>
    <message>
        <location line="-463"/>
        <location line="+452"/>
        <location line="+22"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location line="-450"/>
        <source>Checklist progress for the event</source>
        <translation>Avanzamento della checklist dell’evento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show items assigned to</source>
        <translation>Mostra le voci assegnate a</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklist template to apply</source>
        <translation>Modello di checklist da applicare</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Apply</source>
        <translation>&amp;Applica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the chosen template to this event</source>
        <translation>Applica il modello scelto a questo evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit &amp;templates…</source>
        <translation>Modifica &amp;modelli…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit checklist templates</source>
        <translation>Modifica i modelli di checklist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaker &amp;briefing PDF…</source>
        <translation>&amp;Briefing relatori in PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the speaker briefing PDF</source>
        <translation>Salva il PDF del briefing per i relatori</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sho&amp;w:</source>
        <translation>Mos&amp;tra:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Te&amp;mplate:</source>
        <translation>Mo&amp;dello:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete their items</source>
        <translation>Elimina le sue voci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the items of the departed speaker</source>
        <translation>Elimina le voci del relatore uscito dal programma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as event items</source>
        <translation>Tienile come voci dell’evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the departed speaker&apos;s items</source>
        <translation>Tieni le voci del relatore uscito dal programma</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This event has no checklist yet. The recommended templates add dated items for the meetup, its venue, its stream and each speaker.</source>
        <translation>Questo evento non ha ancora una checklist. I modelli consigliati aggiungono voci con scadenza per il meetup, la sede, la diretta e ogni relatore.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the &amp;recommended checklists</source>
        <translation>Aggiungi le checklist &amp;consigliate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the recommended checklists</source>
        <translation>Aggiungi le checklist consigliate</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checklist items by when they are due</source>
        <translation>Voci della checklist per scadenza</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Speaker readiness: speakers and their items</source>
        <translation>Preparazione dei relatori: relatori e loro voci</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Items</source>
        <translation>Voci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker readiness</source>
        <translation>Preparazione dei relatori</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Voce</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Assignee</source>
        <translation>Incaricato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does it</source>
        <translation>Chi se ne occupa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note for the team</source>
        <translation>Una nota per il team</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save assignee and note</source>
        <translation>Salva incaricato e nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+278"/>
        <source>Mark &amp;done</source>
        <translation>Segna come &amp;fatta</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>Mark the item done or not done</source>
        <translation>Segna la voce come fatta o da fare</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assi&amp;gnee:</source>
        <translation>&amp;Incaricato:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Speakers</source>
        <translation>Relatori</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose an event to see its checklist.</source>
        <translation>Scegli un evento per vederne la checklist.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{0} of {1} done ({2}%)</source>
        <translation>{0} di {1} fatte ({2}%)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Everyone</source>
        <translation>Tutti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assigned</source>
        <translation>Non assegnate</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recommended for this event</source>
        <translation>Consigliati per questo evento</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No speakers on the agenda yet.</source>
        <translation>Ancora nessun relatore nel programma.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remote</source>
        <translation>da remoto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on site</source>
        <translation>in sede</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} of {1}</source>
        <translation>{0} di {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist progress for {0}</source>
        <translation>Avanzamento della checklist di {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} is no longer on the agenda but still has {1} open and {2} done checklist items. What should happen to them?</source>
        <translation>{0} non è più nel programma ma ha ancora {1} voci da fare e {2} fatte nella checklist. Cosa vuoi farne?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose an item to see why it matters.</source>
        <translation>Scegli una voce per vedere perché è importante.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>owner: {0}</source>
        <translation>responsabile: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>due {0}</source>
        <translation>scadenza {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done {0}</source>
        <translation>fatta {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark not &amp;done</source>
        <translation>Segna come da &amp;fare</translation>
    </message>
    <message numerus="yes">
        <location line="+98"/>
        <source>Briefing saved: %n page(s) in {0}</source>
        <translation>
            <numerusform>Briefing salvato: %n pagina in {0}</numerusform>
            <numerusform>Briefing salvato: %n pagine in {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Making the briefing…</source>
        <translation>Preparazione del briefing…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker briefing</source>
        <translation>Briefing dei relatori</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save speaker briefing</source>
        <translation>Salva il briefing dei relatori</translation>
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
        <translation>Titolo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Going</source>
        <translation>Iscritti</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="-9"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers</source>
        <translation>Relatori</translation>
    </message>
    <message>
        <location filename="../../ui/models/speakers_model.py" line="+13"/>
        <source>Remote</source>
        <translation>Da remoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On site</source>
        <translation>In sede</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/models/venues_model.py" line="+13"/>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pronouns</source>
        <translation>Pronomi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliation</source>
        <translation>Affiliazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home zone</source>
        <translation>Fuso di residenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joins</source>
        <translation>Partecipa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <location filename="../../ui/models/venues_model.py" line="+1"/>
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity</source>
        <translation>Capienza</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact</source>
        <translation>Referente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
</context>
<context>
    <name>CopyEventDialog</name>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="+371"/>
        <source>New event from this one</source>
        <translation>Nuovo evento da questo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copies the venue, format, agenda, speakers and stream links. Attendees and checklist ticks start empty.</source>
        <translation>Copia sede, formato, programma, relatori e link della diretta. Partecipanti e spunte della checklist ripartono da zero.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Starts (%1):</source>
        <translation>&amp;Inizio (%1):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy event “%1”</source>
        <translation>Copia evento “%1”</translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="+24"/>
        <source>Countdown</source>
        <translation>Conto alla rovescia</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>days</source>
        <translation>giorni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>ore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>minuti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>secondi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>until the doors open</source>
        <translation>all’apertura delle porte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Happening now: until the end</source>
        <translation>In corso: alla fine</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Ended %n day(s) ago</source>
        <translation>
            <numerusform>Terminato %n giorno fa</numerusform>
            <numerusform>Terminato %n giorni fa</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended today</source>
        <translation>Terminato oggi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No event selected</source>
        <translation>Nessun evento selezionato</translation>
    </message>
</context>
<context>
    <name>DateTimeRow</name>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="-329"/>
        <source>%1 date</source>
        <translation>%1: data</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 time</source>
        <translation>%1: ora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: which of the repeated hour</source>
        <translation>%1: quale delle due ore ripetute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clocks go back that night, so this time happens twice. Pick one.</source>
        <translation>Quella notte gli orologi tornano indietro di un&apos;ora, quindi questo orario capita due volte. Scegline uno.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>earlier (%1)</source>
        <translation>la prima (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>later (%1)</source>
        <translation>la seconda (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which one?</source>
        <translation>quale delle due?</translation>
    </message>
</context>
<context>
    <name>DoorModeWindow</name>
    <message>
        <location filename="../../ui/pages/door_mode.py" line="+42"/>
        <location line="+1"/>
        <source>Door mode</source>
        <translation>Modalità ingresso</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checked in, going and guests</source>
        <translation>Arrivati, iscritti e ospiti</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrivals per 10 minutes</source>
        <translation>Arrivi ogni 10 minuti</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan a ticket or type a name…</source>
        <translation>Scansiona un biglietto o scrivi un nome…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan or find a person</source>
        <translation>Scansiona o cerca una persona</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matching people</source>
        <translation>Persone trovate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter checks in  ·  ↑ ↓ pick a name  ·  Ctrl+Z undoes the last check-in  ·  Esc leaves door mode</source>
        <translation>Invio fa il check-in  ·  ↑ ↓ scegli un nome  ·  Ctrl+Z annulla l’ultimo check-in  ·  Esc esce dalla modalità ingresso</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 checked in  /  %2 going</source>
        <translation>%1 arrivati  /  %2 iscritti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  /  guests %1 of %2</source>
        <translation>  /  ospiti %1 di %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(door name: Preferences)</source>
        <translation>(nome dell’ingresso: Preferenze)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrivals per 10 minutes: none yet</source>
        <translation>Arrivi ogni 10 minuti: ancora nessuno</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrivals per 10 minutes:</source>
        <translation>Arrivi ogni 10 minuti:</translation>
    </message>
</context>
<context>
    <name>DoorPrinting</name>
    <message>
        <location filename="../../ui/door_printing.py" line="+38"/>
        <source>Printer “%1” was not found; choose another in Preferences.</source>
        <translation>Stampante «%1» non trovata; scegline un’altra nelle Preferenze.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No default printer is set; choose one in Preferences.</source>
        <translation>Nessuna stampante predefinita; scegline una nelle Preferenze.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer “%1” could not start the job.</source>
        <translation>La stampante «%1» non ha potuto avviare la stampa.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge sent to %1.</source>
        <translation>Badge inviato a %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge not printed (the check-in is saved): %1</source>
        <translation>Badge non stampato (il check-in è registrato): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing a badge</source>
        <translation>Stampa di un badge</translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <location filename="../../ui/widgets/due_list.py" line="+23"/>
        <source>Next checklist items</source>
        <translation>Prossime voci della checklist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing due</source>
        <translation>Nessuna scadenza</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no date</source>
        <translation>senza data</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>in ritardo di %n giorno</numerusform>
            <numerusform>in ritardo di %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>due today</source>
        <translation>scade oggi</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>scade tra %n giorno</numerusform>
            <numerusform>scade tra %n giorni</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing due: all caught up.</source>
        <translation>Nessuna scadenza: tutto in pari.</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../ui/dialogs/editor.py" line="+33"/>
        <source>Error</source>
        <translation>Errore</translation>
    </message>
</context>
<context>
    <name>EventDelegate</name>
    <message>
        <location filename="../../ui/models/event_delegate.py" line="+49"/>
        <source>PAST EVENTS</source>
        <translation>EVENTI PASSATI</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="+40"/>
        <source>New event</source>
        <translation>Nuovo evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit event</source>
        <translation>Modifica evento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. ML Rome #43: Vision on the edge</source>
        <translation>es. ML Rome #43: Visione sui dispositivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuso orario:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>Fi&amp;ne:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. America/New_York, Asia/Kolkata</source>
        <translation>es. America/New_York, Asia/Kolkata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also show times in:</source>
        <translation>Mostra gli orari anche in:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Format:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Announced</source>
        <translation>Annunciato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Concluso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stat&amp;us:</source>
        <translation>Sta&amp;to:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>New venue…</source>
        <translation>Nuova sede…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New venue</source>
        <translation>Nuova sede</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Sede:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as the venue</source>
        <translation>Come la sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capienza:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organiser:</source>
        <translation>Organizzatore:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organiser email:</source>
        <translation>Email organizzatore:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organiser phone:</source>
        <translation>Telefono organizzatore:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Badges, the printed agenda, briefings, announcements and exports use it.</source>
        <translation>La usano badge, programma stampato, schede dei relatori, annunci ed esportazioni.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output &amp;language:</source>
        <translation>&amp;Lingua delle stampe:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Dates and times below are wall-clock times in %1 (%2 today).</source>
        <translation>Date e orari qui sotto sono ora locale di %1 (%2 oggi).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the zone the event happens in.</source>
        <translation>Scegli il fuso orario in cui si svolge l’evento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No venue (online)</source>
        <translation>Nessuna sede (online)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Create event “%1”</source>
        <translation>Crea evento “%1”</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit event “%1”</source>
        <translation>Modifica evento “%1”</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../ui/pages/events_page.py" line="+23"/>
        <source>&lt;h2&gt;All events&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tutti gli eventi&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by date, format or turnout; open one to work on it.</source>
        <translation>Ordina per data, formato o affluenza; aprine uno per lavorarci.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All events</source>
        <translation>Tutti gli eventi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search by title, venue or format</source>
        <translation>Cerca per titolo, sede o formato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nuovo evento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New event from &amp;this one…</source>
        <translation>Nuovo evento da &amp;questo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete event</source>
        <translation>Elimina evento</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="+83"/>
        <source>Choose the RSVP export</source>
        <translation>Scegli l’esportazione delle iscrizioni</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV file from Meetup, Eventbrite, Luma or any spreadsheet. You can also drop the file here.</source>
        <translation>Un file CSV da Meetup, Eventbrite, Luma o da qualsiasi foglio di calcolo. Puoi anche trascinare qui il file.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File to import</source>
        <translation>File da importare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path to a .csv file</source>
        <translation>Percorso di un file .csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Sfoglia…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for a file</source>
        <translation>Cerca un file</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem with the file</source>
        <translation>Problema con il file</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import attendees</source>
        <translation>Importa partecipanti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.tsv *.txt);;Tutti i file (*)</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../../ui/models/events_model.py" line="-23"/>
        <source>In person</source>
        <translation>In presenza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid</source>
        <translation>Ibrido</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="+124"/>
        <source>Report a problem</source>
        <translation>Segnala un problema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a problem report</source>
        <translation>Salva la segnalazione di un problema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip files (*.zip)</source>
        <translation>File zip (*.zip)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot write %1: %2.</source>
        <translation>Impossibile scrivere %1: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1.

It holds the program&apos;s versions, your system&apos;s name and the log file, but no names, addresses or other data from your meetups. Attach it to a new issue on the project&apos;s page.</source>
        <translation>Salvato %1.

Contiene le versioni del programma, il nome del sistema e il file di log, ma nessun nome, indirizzo o altro dato dei tuoi meetup. Allegalo a una nuova segnalazione sulla pagina del progetto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open the issue page</source>
        <translation>Apri la pagina delle segnalazioni</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="+264"/>
        <location line="+1"/>
        <source>Import attendees</source>
        <translation>Importa partecipanti</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importazione annullata; non è cambiato nulla.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importing attendees…</source>
        <translation>Importazione dei partecipanti…</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="-34"/>
        <source>Talk</source>
        <translation>Talk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panel</source>
        <translation>Tavola rotonda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networking</source>
        <translation>Networking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lightning talks</source>
        <translation>Lightning talk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome</source>
        <translation>Benvenuto</translation>
    </message>
</context>
<context>
    <name>LineUp</name>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="+42"/>
        <source>Speakers of this session</source>
        <translation>Relatori di questa sessione</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move speaker up</source>
        <translation>Sposta relatore in su</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move speaker down</source>
        <translation>Sposta relatore in giù</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove speaker from session</source>
        <translation>Togli relatore dalla sessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from this session</source>
        <translation>Togli da questa sessione</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Speaker to add</source>
        <translation>Relatore da aggiungere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaker</source>
        <translation>Relatore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moderator</source>
        <translation>Moderatore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Panellist</source>
        <translation>Panelist</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add speaker to session</source>
        <translation>Aggiungi relatore alla sessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New speaker…</source>
        <translation>Nuovo relatore…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>speaker</source>
        <translation>relatore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moderator</source>
        <translation>moderatore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>panellist</source>
        <translation>panelist</translation>
    </message>
</context>
<context>
    <name>ListingPanel</name>
    <message>
        <location filename="../../ui/pages/listing.py" line="+67"/>
        <location line="+3"/>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+65"/>
        <location filename="../../ui/pages/overview_page.py" line="+52"/>
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/pages/speakers_page.py" line="+42"/>
        <source>Speakers</source>
        <translation>Relatori</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Venue &amp; Stream</source>
        <translation>Sede e diretta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attendees</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check-in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/pages/venues_page.py" line="+20"/>
        <source>Venues</source>
        <translation>Sedi</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/pages/speakers_page.py" line="+203"/>
        <source>Speaker library</source>
        <translation>Archivio relatori</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/pages/events_page.py" line="-17"/>
        <source>All events</source>
        <translation>Tutti gli eventi</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EVENT</source>
        <translation>EVENTO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LIBRARY</source>
        <translation>ARCHIVIO</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+1"/>
        <source>Search events</source>
        <translation>Cerca eventi</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>New event</source>
        <translation>Nuovo evento</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Page</source>
        <translation>Pagina</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selected event</source>
        <translation>Evento selezionato</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening the database…</source>
        <translation>Apertura del database…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nuovo evento…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Apri database…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;database…</source>
        <translation>Nuovo &amp;database…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a &amp;team database…</source>
        <translation>Collegati a un database del &amp;team…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back up or &amp;restore…</source>
        <translation>&amp;Backup e ripristino…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up now…</source>
        <translation>Fai un backup &amp;ora…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import schedule…</source>
        <translation>&amp;Importa programma…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport schedule…</source>
        <translation>Es&amp;porta programma…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferenze…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find</source>
        <translation>&amp;Trova</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eve&amp;nt</source>
        <translation>&amp;Evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit event…</source>
        <translation>&amp;Modifica evento…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New event from &amp;this one…</source>
        <translation>Nuovo evento da &amp;questo…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete event…</source>
        <translation>&amp;Elimina evento…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a &amp;series…</source>
        <translation>Crea una &amp;serie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a time s&amp;lot…</source>
        <translation>Trova un &amp;orario…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Speakers</source>
        <translation>&amp;Relatori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write to speakers…</source>
        <translation>&amp;Scrivi ai relatori…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report a problem…</source>
        <translation>Segnala un &amp;problema…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Meetup Organiser</source>
        <translation>&amp;Informazioni su Meetup Organiser</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Choose an event to import attendees into.</source>
        <translation>Scegli un evento in cui importare i partecipanti.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location line="+239"/>
        <source>Undone: %1</source>
        <translation>Annullato: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: %1</source>
        <translation>Fatto: %1</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Open a database</source>
        <translation>Apri un database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetup Organiser databases (*.sqlite *.db);;All files (*)</source>
        <translation>Database di Meetup Organiser (*.sqlite *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New database</source>
        <translation>Nuovo database</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetup Organiser databases (*.sqlite)</source>
        <translation>Database di Meetup Organiser (*.sqlite)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Team database</source>
        <translation>Database del team</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL address, e.g. postgresql+psycopg://user@server/meetups</source>
        <translation>Indirizzo PostgreSQL, es. postgresql+psycopg://utente@server/meetup</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open database</source>
        <translation>Apri database</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Cannot lock %1: %2.</source>
        <translation>Impossibile bloccare %1: %2.</translation>
    </message>
    <message>
        <location line="-293"/>
        <source>Working…</source>
        <translation>Al lavoro…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working</source>
        <translation>Al lavoro</translation>
    </message>
</context>
<context>
    <name>MakeSeriesDialog</name>
    <message>
        <location filename="../../ui/dialogs/series_dialog.py" line="+86"/>
        <source>Make a series</source>
        <translation>Crea una serie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New events after “%1”: same venue, stream links (no keys), agenda skeleton and checklists, re-dated. Each stays independent.</source>
        <translation>Nuovi eventi dopo “%1”: stessa sede, link della diretta (senza chiavi), schema del programma e checklist con le nuove date. Ogni evento resta indipendente.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How often</source>
        <translation>Ogni quanto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Every:</source>
        <translation>&amp;Ogni:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many new events</source>
        <translation>Quanti nuovi eventi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New events:</source>
        <translation>&amp;Nuovi eventi:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time zones to rotate through</source>
        <translation>Fusi orari a rotazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rotate zones:</source>
        <translation>&amp;Fusi a rotazione:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local start time</source>
        <translation>Ora di inizio locale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Local start:</source>
        <translation>Inizio &amp;locale:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Local start</source>
        <translation>Inizio locale</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The events to be made</source>
        <translation>Gli eventi da creare</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Make the events</source>
        <translation>&amp;Crea gli eventi</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 new events.</source>
        <translation>%1 nuovi eventi.</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Make a series of %1 events</source>
        <translation>Crea una serie di %1 eventi</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../ui/ops.py" line="+62"/>
        <source>Something went wrong (%1); nothing was changed. Details are in the log.</source>
        <translation>Qualcosa è andato storto (%1); non è stato cambiato nulla. I dettagli sono nel registro.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="+35"/>
        <source>Event title</source>
        <translation>Titolo dell’evento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit event…</source>
        <translation>Modifica evento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New event from this one…</source>
        <translation>Nuovo evento da questo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete event</source>
        <translation>Elimina evento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Countdown</source>
        <translation>Conto alla rovescia</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Venue and RSVPs</source>
        <translation>Sede e iscrizioni</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Attendance over recent events</source>
        <translation>Presenze negli ultimi eventi</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+9"/>
        <source>Speaker readiness</source>
        <translation>Preparazione dei relatori</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an event in the sidebar, or create one with File ▸ New event.</source>
        <translation>Scegli un evento nella barra laterale, o creane uno con File ▸ Nuovo evento.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announced</source>
        <translation>Annunciato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Concluso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sessions</source>
        <translation>sessioni</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speakers</source>
        <translation>relatori</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>going</source>
        <translation>iscritti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>going (%1 guests)</source>
        <translation>iscritti (%1 ospiti)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>checked in</source>
        <translation>arrivati</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Online only</source>
        <translation>Solo online</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No room to book; RSVPs count against the event&apos;s limit.</source>
        <translation>Nessuna sala da prenotare; le iscrizioni contano sul limite dell’evento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No venue yet</source>
        <translation>Ancora nessuna sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one in Library ▸ Venues or in Edit event.</source>
        <translation>Sceglila in Archivio ▸ Sedi o in Modifica evento.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n stream link(s)</source>
        <translation>
            <numerusform>%n link della diretta</numerusform>
            <numerusform>%n link della diretta</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no stream link yet</source>
        <translation>ancora nessun link della diretta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>venue closes at %1</source>
        <translation>la sede chiude alle %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="+34"/>
        <source>Protect stream keys with a passphrase</source>
        <translation>Proteggi le chiavi stream con una passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock the stream keys</source>
        <translation>Sblocca le chiavi stream</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer has no keyring. Stream keys will be kept in a file encrypted with a passphrase you choose now; you will be asked for it once each time the app starts. Without it they are forgotten when you close the app.</source>
        <translation>Questo computer non ha un portachiavi. Le chiavi stream saranno conservate in un file cifrato con una passphrase che scegli ora; te la chiederemo una volta a ogni avvio del programma. Senza passphrase le chiavi si perdono alla chiusura del programma.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the passphrase of the stream key file to use the keys saved on this computer.</source>
        <translation>Scrivi la passphrase del file delle chiavi stream per usare le chiavi salvate su questo computer.</translation>
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
        <translation>Ripeti la passphrase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again:</source>
        <translation>&amp;Ripeti:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two passphrases differ; type them again.</source>
        <translation>Le due passphrase sono diverse; scrivile di nuovo.</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="+73"/>
        <source>Photo preview</source>
        <translation>Anteprima della foto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose photo…</source>
        <translation>Scegli foto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose photo</source>
        <translation>Scegli foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove photo</source>
        <translation>Togli foto</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A photo is set</source>
        <translation>Foto impostata</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No photo</source>
        <translation>Nessuna foto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a photo</source>
        <translation>Scegli una foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Immagini (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="+32"/>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Same as the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new language shows fully after restarting the program; a new theme shows at once.</source>
        <translation>La nuova lingua appare del tutto dopo il riavvio del programma; il nuovo tema appare subito.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>e.g. Door 1, Main entrance</source>
        <translation>es. Ingresso 1, Entrata principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Door name of this laptop</source>
        <translation>Nome dell’ingresso di questo portatile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Door name:</source>
        <translation>Nome dell’&amp;ingresso:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer for badges at the door</source>
        <translation>Stampante per i badge all’ingresso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system&apos;s default printer</source>
        <translation>La stampante predefinita del sistema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (not found now)</source>
        <translation>%1 (ora non trovata)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge &amp;printer:</source>
        <translation>&amp;Stampante dei badge:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label layout for badges at the door</source>
        <translation>Formato etichette per i badge all’ingresso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the Check-in page</source>
        <translation>Come nella pagina Check-in</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Label la&amp;yout:</source>
        <translation>F&amp;ormato etichette:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a badge at each check-in</source>
        <translation>Stampa un badge a ogni check-in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a blank “Guest of NAME” badge per guest</source>
        <translation>Con un badge vuoto «Ospite di NOME» per ogni ospite</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="-396"/>
        <source>Full name</source>
        <translation>Nome completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Qualifica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pronouns</source>
        <translation>Pronomi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSVP / status</source>
        <translation>Risposta / stato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended (yes/no)</source>
        <translation>Presente (sì/no)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in time</source>
        <translation>Ora del check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID in the source</source>
        <translation>ID nell’origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guests</source>
        <translation>Ospiti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other CSV</source>
        <translation>Altro CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma</source>
        <translation>virgola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon</source>
        <translation>punto e virgola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>tabulazione</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Check the columns</source>
        <translation>Controlla le colonne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was found in the file</source>
        <translation>Cosa è stato trovato nel file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format of the file</source>
        <translation>Formato del file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encoding:</source>
        <translation>Codifica:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding of the file</source>
        <translation>Codifica del file</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First rows of the file</source>
        <translation>Prime righe del file</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace values I corrected by hand</source>
        <translation>Sostituisci i valori che ho corretto a mano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite manual edits</source>
        <translation>Sovrascrivi le modifiche manuali</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which column holds what</source>
        <translation>Cosa contiene ogni colonna</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problem with the import</source>
        <translation>Problema nell’importazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: rows of people: %2 · %3 · %4-separated.</source>
        <translation>%1: %2 righe di persone · %3 · separatore %4.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(none)</source>
        <translation>(nessuna)</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>The columns you chose last time for this file are set.</source>
        <translation>Sono impostate le colonne che hai scelto l&apos;ultima volta per questo file.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is not from a platform the app knows: check which column holds the name and the email before importing.</source>
        <translation>Questo file non viene da una piattaforma che l&apos;app conosce: controlla quale colonna contiene il nome e l&apos;e-mail prima di importare.</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../ui/pages/print_page.py" line="+68"/>
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Label sheet</source>
        <translation>Foglio di etichette</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add layout…</source>
        <translation>Aggiungi formato…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a custom label sheet</source>
        <translation>Aggiungi un foglio di etichette personalizzato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start at label</source>
        <translation>Inizia dall’etichetta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First free label on a part-used sheet (1 = top-left)</source>
        <translation>Prima etichetta libera di un foglio già usato in parte (1 = in alto a sinistra)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Only badges not printed yet</source>
        <translation>Solo i badge non ancora stampati</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QR code content</source>
        <translation>Contenuto del codice QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in token</source>
        <translation>Codice per il check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact card (vCard) for networking</source>
        <translation>Biglietto da visita (vCard) per il networking</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cut marks</source>
        <translation>Segni di taglio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logo image file</source>
        <translation>File immagine del logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No logo</source>
        <translation>Nessun logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo…</source>
        <translation>Logo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a logo image</source>
        <translation>Scegli un’immagine per il logo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Badges</source>
        <translation>Badge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label sheet:</source>
        <translation>Foglio di &amp;etichette:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start at label:</source>
        <translation>&amp;Inizia dall’etichetta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;QR code:</source>
        <translation>Codice &amp;QR:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ogo:</source>
        <translation>L&amp;ogo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Horizontal offset in millimetres</source>
        <translation>Spostamento orizzontale in millimetri</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical offset in millimetres</source>
        <translation>Spostamento verticale in millimetri</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scale</source>
        <translation>Scala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save calibration</source>
        <translation>Salva calibrazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save printer calibration</source>
        <translation>Salva la calibrazione della stampante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calibration page…</source>
        <translation>Pagina di calibrazione…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a calibration page</source>
        <translation>Salva una pagina di calibrazione</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+244"/>
        <source>Printer calibration</source>
        <translation>Calibrazione della stampante</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Move &amp;right (mm):</source>
        <translation>Sposta a &amp;destra (mm):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down (mm):</source>
        <translation>Sposta in &amp;basso (mm):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;cale:</source>
        <translation>S&amp;cala:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save PDF…</source>
        <translation>Salva PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save badges as PDF</source>
        <translation>Salva i badge in PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+314"/>
        <location line="+9"/>
        <source>Print badges</source>
        <translation>Stampa badge</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>Badge summary</source>
        <translation>Riepilogo dei badge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last action</source>
        <translation>Ultima azione</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preview of the first sheet</source>
        <translation>Anteprima del primo foglio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First sheet</source>
        <translation>Primo foglio</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 (custom)</source>
        <translation>%1 (personalizzato)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose an event to print its badges.</source>
        <translation>Scegli un evento per stamparne i badge.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Badges: %1 · Sheets: %2</source>
        <translation>Badge: %1 · Fogli: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Badge logo</source>
        <translation>Logo del badge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Immagini (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Calibration saved.</source>
        <translation>Calibrazione salvata.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save calibration page</source>
        <translation>Salva pagina di calibrazione</translation>
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
        <translation>Pagina di calibrazione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calibration page saved to %1.</source>
        <translation>Pagina di calibrazione salvata in %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Making badges…</source>
        <translation>Preparazione dei badge…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save badges</source>
        <translation>Salva badge</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Saved %n badge(s) on %1 to %2.</source>
        <translation>
            <numerusform>Salvato %n badge su %1 in %2.</numerusform>
            <numerusform>Salvati %n badge su %1 in %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n foglio</numerusform>
            <numerusform>%n fogli</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Sent %n badge(s) to the printer.</source>
        <translation>
            <numerusform>Inviato %n badge alla stampante.</numerusform>
            <numerusform>Inviati %n badge alla stampante.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The badge PDF could not be read back for printing.</source>
        <translation>Impossibile rileggere il PDF dei badge per la stampa.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printer could not be opened.</source>
        <translation>Impossibile aprire la stampante.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ui/problems.py" line="+24"/>
        <source>Something went wrong (%1). The details are in the log file:
%2</source>
        <translation>Qualcosa è andato storto (%1). I dettagli sono nel file di log:
%2</translation>
    </message>
</context>
<context>
    <name>ProgressRing</name>
    <message>
        <location filename="../../ui/widgets/progress.py" line="+20"/>
        <source>Checklist progress</source>
        <translation>Avanzamento della checklist</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+34"/>
        <source>No checklist yet</source>
        <translation>Ancora nessuna checklist</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+31"/>
        <source>%1 of %2 done</source>
        <translation>%1 di %2 fatte</translation>
    </message>
    <message numerus="yes">
        <location line="-29"/>
        <location line="+39"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n in ritardo</numerusform>
            <numerusform>%n in ritardo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing overdue</source>
        <translation>Niente in ritardo</translation>
    </message>
</context>
<context>
    <name>ReadinessGrid</name>
    <message>
        <location filename="../../ui/widgets/readiness_grid.py" line="+30"/>
        <source>Speaker readiness</source>
        <translation>Preparazione dei relatori</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 speaker tasks done</source>
        <translation>%1 di %2 compiti dei relatori fatti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No speaker checklists yet</source>
        <translation>Ancora nessuna checklist per i relatori</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>done</source>
        <translation>fatto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to do</source>
        <translation>da fare</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>in ritardo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not asked</source>
        <translation>non richiesto</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Speaker tasks appear here once the event has a checklist.</source>
        <translation>I compiti dei relatori compaiono qui quando l’evento ha una checklist.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(remote)</source>
        <translation>(da remoto)</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../../ui/recent.py" line="+33"/>
        <source>Open Re&amp;cent</source>
        <translation>Apri &amp;recenti</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This file is no longer there.</source>
        <translation>Questo file non c’è più.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No recent databases</source>
        <translation>Nessun database recente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear list</source>
        <translation>&amp;Svuota l’elenco</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="+82"/>
        <source>Import finished</source>
        <translation>Importazione completata</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import report</source>
        <translation>Resoconto dell’importazione</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 added, %2 updated, %3 unchanged, %4 skipped</source>
        <translation>%1 aggiunti, %2 aggiornati, %3 invariati, %4 saltati</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1-separated</source>
        <translation>separatore %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1 as %2 (%3).</source>
        <translation>Importato %1 come %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n value(s) you edited by hand were kept (tick “Replace values I corrected by hand” to replace them).</source>
        <translation>
            <numerusform>%n valore corretto a mano è stato mantenuto (spunta “Sostituisci i valori che ho corretto a mano” per sostituirlo).</numerusform>
            <numerusform>%n valori corretti a mano sono stati mantenuti (spunta “Sostituisci i valori che ho corretto a mano” per sostituirli).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skipped line %1: %2</source>
        <translation>Riga %1 saltata: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on line %1: %2</source>
        <translation>Nota sulla riga %1: %2</translation>
    </message>
</context>
<context>
    <name>RoomGridModel</name>
    <message>
        <location filename="../../ui/models/agenda_grid_model.py" line="+85"/>
        <source>Day {n} · {date}</source>
        <translation>Giorno {n} · {date}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avviso</numerusform>
            <numerusform>%n avvisi</numerusform>
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
        <translation>Importa un programma</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Schedules (*.json *.xml *.csv *.xlsx)</source>
        <translation>Programmi (*.json *.xml *.csv *.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add the sessions to the selected event, or make a new event?</source>
        <translation>Aggiungere le sessioni all’evento selezionato o creare un nuovo evento?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to this event</source>
        <translation>Aggiungi a questo evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New event</source>
        <translation>Nuovo evento</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+11"/>
        <source>Export the schedule</source>
        <translation>Esporta il programma</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>frab schedule XML (*.xml);;c3voc schedule JSON (*.json)</source>
        <translation>Programma frab XML (*.xml);;Programma c3voc JSON (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Schedule written to %1</source>
        <translation>Programma salvato in %1</translation>
    </message>
</context>
<context>
    <name>SeriesCard</name>
    <message>
        <location filename="../../ui/widgets/series_card.py" line="+28"/>
        <source>This series</source>
        <translation>Questa serie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Going</source>
        <translation>Iscritti</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked in</source>
        <translation>Arrivati</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events of this series</source>
        <translation>Eventi di questa serie</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="+57"/>
        <source>New session</source>
        <translation>Nuova sessione</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit session</source>
        <translation>Modifica sessione</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Starts (%1):</source>
        <translation>&amp;Inizio (%1):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Durata:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Room:</source>
        <translation>S&amp;ala:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Abstract:</source>
        <translation>&amp;Abstract:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;peakers:</source>
        <translation>&amp;Relatori:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Add session “%1”</source>
        <translation>Aggiungi sessione “%1”</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit session “%1”</source>
        <translation>Modifica sessione “%1”</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="-73"/>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Tasti</translation>
    </message>
</context>
<context>
    <name>SlotFinderDialog</name>
    <message>
        <location filename="../../ui/dialogs/slots_dialog.py" line="+47"/>
        <source>Move event “%1”</source>
        <translation>Sposta l&apos;evento “%1”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Find a time slot</source>
        <translation>Trova un orario</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Audience time zones with weights</source>
        <translation>Fusi orari del pubblico con i pesi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audience (zone:weight):</source>
        <translation>&amp;Pubblico (fuso:peso):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session length in minutes</source>
        <translation>Durata della sessione in minuti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Durata:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date (UTC)</source>
        <translation>Data (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da&amp;te (UTC):</source>
        <translation>Da&amp;ta (UTC):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local hours the whole session must fit in</source>
        <translation>Ore locali in cui deve stare tutta la sessione</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Local window:</source>
        <translation>Fascia &amp;locale:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of the audience for each start time (UTC)</source>
        <translation>Quota del pubblico per ogni orario di inizio (UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selected start</source>
        <translation>Inizio scelto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Best start times</source>
        <translation>Orari di inizio migliori</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Move the event to this start</source>
        <translation>&amp;Sposta l&apos;evento a questo inizio</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Green: the whole session falls inside everyone&apos;s local window.</source>
        <translation>Verde: tutta la sessione cade nella fascia locale di tutti.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start (UTC)</source>
        <translation>Inizio (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audience</source>
        <translation>Pubblico</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>“%1” now starts %2.</source>
        <translation>“%1” ora inizia %2.</translation>
    </message>
</context>
<context>
    <name>SpeakerDialog</name>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="+23"/>
        <source>New speaker</source>
        <translation>Nuovo relatore</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit speaker</source>
        <translation>Modifica relatore</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. she/her</source>
        <translation>es. lei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pronouns:</source>
        <translation>&amp;Pronomi:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fono:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Affiliation:</source>
        <translation>&amp;Affiliazione:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home time &amp;zone:</source>
        <translation>&amp;Fuso di residenza:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaks remotely</source>
        <translation>Interviene da remoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joins:</source>
        <translation>Partecipa:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Bio:</source>
        <translation>&amp;Biografia:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website, Mastodon, GitHub…</source>
        <translation>Sito web, Mastodon, GitHub…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Links:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Create speaker “%1”</source>
        <translation>Crea relatore “%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit speaker “%1”</source>
        <translation>Modifica relatore “%1”</translation>
    </message>
</context>
<context>
    <name>SpeakerLibraryPage</name>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="+6"/>
        <source>&lt;h2&gt;Speaker library&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Archivio relatori&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speakers across all your events. Add someone to a session from the session editor; their bio and photo come along.</source>
        <translation>I relatori di tutti i tuoi eventi. Aggiungili a una sessione dall’editor della sessione: biografia e foto li seguono.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Speaker library</source>
        <translation>Archivio relatori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, affiliation or email</source>
        <translation>Cerca per nome, affiliazione o email</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New speaker…</source>
        <translation>&amp;Nuovo relatore…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit speaker</source>
        <translation>Modifica relatore</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+43"/>
        <source>Delete speaker</source>
        <translation>Elimina relatore</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1” and take them out of every session?</source>
        <translation>Eliminare “%1” e toglierlo da tutte le sessioni?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete speaker “%1”</source>
        <translation>Elimina relatore “%1”</translation>
    </message>
</context>
<context>
    <name>SpeakersPage</name>
    <message>
        <location line="-265"/>
        <source>&lt;h3&gt;Sessions&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Sessioni&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag a row to change the running order.</source>
        <translation>Trascina una riga per cambiare la scaletta.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add session…</source>
        <translation>&amp;Aggiungi sessione…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add session</source>
        <translation>Aggiungi sessione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit session</source>
        <translation>Modifica sessione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Togli</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+124"/>
        <source>Remove session</source>
        <translation>Togli sessione</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;h3&gt;On stage at this event&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Sul palco in questo evento&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speakers at this event</source>
        <translation>Relatori di questo evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search speakers</source>
        <translation>Cerca relatori</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New speaker…</source>
        <translation>Nuovo relatore…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit speaker…</source>
        <translation>Modifica relatore…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose an event in the sidebar.</source>
        <translation>Scegli un evento nella barra laterale.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Remove “%1” from the agenda?</source>
        <translation>Togliere “%1” dal programma?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove session “%1”</source>
        <translation>Togli sessione “%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move “%1”</source>
        <translation>Sposta “%1”</translation>
    </message>
</context>
<context>
    <name>StatStrip</name>
    <message>
        <location filename="../../ui/widgets/stats.py" line="+19"/>
        <source>Key figures</source>
        <translation>Numeri chiave</translation>
    </message>
</context>
<context>
    <name>StreamLinkDialog</name>
    <message>
        <location filename="../../ui/dialogs/stream_link_dialog.py" line="+29"/>
        <source>Edit stream link</source>
        <translation>Modifica link della diretta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Purpose:</source>
        <translation>Sco&amp;po:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label:</source>
        <translation>&amp;Etichetta:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Viewer link:</source>
        <translation>Link per gli &amp;spettatori:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Studio or ingest link:</source>
        <translation>Link della &amp;regia o di ingest:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit stream link “%1”</source>
        <translation>Modifica link della diretta “%1”</translation>
    </message>
</context>
<context>
    <name>StreamLinksModel</name>
    <message>
        <location filename="../../ui/models/stream_links_model.py" line="+32"/>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Riserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>Registrazione</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Whole event</source>
        <translation>Tutto l’evento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>set</source>
        <translation>impostata</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Purpose</source>
        <translation>Scopo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform</source>
        <translation>Piattaforma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For</source>
        <translation>Per</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewer link</source>
        <translation>Link per gli spettatori</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Studio / ingest</source>
        <translation>Regia / ingest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stream key</source>
        <translation>Chiave stream</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="+46"/>
        <source>Checklist templates</source>
        <translation>Modelli di checklist</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Templates</source>
        <translation>Modelli</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New…</source>
        <translation>&amp;Nuovo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+298"/>
        <source>New template</source>
        <translation>Nuovo modello</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>De&amp;lete</source>
        <translation>E&amp;limina</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+307"/>
        <source>Delete template</source>
        <translation>Elimina modello</translation>
    </message>
    <message>
        <location line="-305"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a template from a file</source>
        <translation>Importa un modello da un file</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;sporta…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the template to a file</source>
        <translation>Esporta il modello in un file</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Template name</source>
        <translation>Nome del modello</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template applies to</source>
        <translation>Il modello si applica a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event</source>
        <translation>l’evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each speaker of the event</source>
        <translation>ogni relatore dell’evento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use for {0} events</source>
        <translation>Usa per il formato {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template items</source>
        <translation>Voci del modello</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add item</source>
        <translation>&amp;Aggiungi voce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an item</source>
        <translation>Aggiungi una voce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove item</source>
        <translation>&amp;Togli voce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected item</source>
        <translation>Togli la voce selezionata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>Sposta s&amp;u</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected item up</source>
        <translation>Sposta in su la voce selezionata</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move do&amp;wn</source>
        <translation>Sposta &amp;giù</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected item down</source>
        <translation>Sposta in giù la voce selezionata</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“When” is counted from the event start in the event&apos;s time zone: “-7 days”, “-7 days at 18:00”, “-2 hours”, “+1 day”. In a speaker template, items in the category “Remote” go only to remote speakers and “On site” only to speakers in the room. Changes apply to checklists added from now on.</source>
        <translation>“Quando” si conta dall’inizio dell’evento, nel suo fuso orario, e si scrive in inglese: “-7 days”, “-7 days at 18:00”, “-2 hours”, “+1 day”. In un modello per i relatori, le voci della categoria “Remote” vanno solo ai relatori da remoto e quelle “On site” solo a chi è in sala. Le modifiche valgono per le checklist aggiunte da ora in poi.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>N&amp;ome:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A&amp;pplies to:</source>
        <translation>Si a&amp;pplica a:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For events:</source>
        <translation>Per eventi:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source> (shipped)</source>
        <translation> (incluso)</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n item(s). Offered for events of the ticked formats.</source>
        <translation>
            <numerusform>%n voce. Proposto per gli eventi dei formati spuntati.</numerusform>
            <numerusform>%n voci. Proposto per gli eventi dei formati spuntati.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tick at least one format.</source>
        <translation>Spunta almeno un formato.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Add item</source>
        <translation>Aggiungi voce</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What needs doing?</source>
        <translation>Cosa c’è da fare?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete the template “{0}”? Items it already added to events stay.</source>
        <translation>Eliminare il modello “{0}”? Le voci già aggiunte agli eventi restano.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export template</source>
        <translation>Esporta modello</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>Checklist (*.json)</source>
        <translation>Checklist (*.json)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+7"/>
        <source>Import template</source>
        <translation>Importa modello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the existing template?</source>
        <translation>Sostituire il modello esistente?</translation>
    </message>
</context>
<context>
    <name>TrendBars</name>
    <message>
        <location filename="../../ui/widgets/trend_bars.py" line="+25"/>
        <source>Attendance trend</source>
        <translation>Andamento delle presenze</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 going, %3 came</source>
        <translation>%1: %2 iscritti, %3 venuti</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The trend appears after a few events.</source>
        <translation>L’andamento compare dopo qualche evento.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+1"/>
        <source>RSVP going</source>
        <translation>iscritti</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>checked in</source>
        <translation>arrivati</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="-60"/>
        <location line="+5"/>
        <source>User guide</source>
        <translation>Guida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user guide is missing from this installation.</source>
        <translation>In questa installazione manca la guida.</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="+24"/>
        <source>New venue</source>
        <translation>Nuova sede</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit venue</source>
        <translation>Modifica sede</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Talent Garden Ostiense</source>
        <translation>es. Talent Garden Ostiense</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Map link:</source>
        <translation>Link alla &amp;mappa:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>Sconosciuta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capienza:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact:</source>
        <translation>Referente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact email:</source>
        <translation>Email referente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact phone:</source>
        <translation>Telefono referente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility:</source>
        <translation>Accessibilità:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wi-Fi name:</source>
        <translation>Nome Wi-Fi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wi-Fi password:</source>
        <translation>Password Wi-Fi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/V equipment:</source>
        <translation>Dotazione audio/video:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes at:</source>
        <translation>Chiude alle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Create venue “%1”</source>
        <translation>Crea sede “%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit venue “%1”</source>
        <translation>Modifica sede “%1”</translation>
    </message>
</context>
<context>
    <name>VenueStreamPage</name>
    <message>
        <location filename="../../ui/pages/venue_stream_page.py" line="+199"/>
        <source>Viewer link</source>
        <translation>Link per gli spettatori</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Venue &amp; Stream</source>
        <extracomment>A copied stream key leaves the clipboard after this long, if it is still there (as password managers do); tests shorten it.</extracomment>
        <translation>Sede e diretta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open &amp;map</source>
        <translation>Apri &amp;mappa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the venue map in the browser</source>
        <translation>Apri la mappa della sede nel browser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name:</source>
        <translation>Nome:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Indirizzo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity:</source>
        <translation>Capienza:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes at:</source>
        <translation>Chiude alle:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility:</source>
        <translation>Accessibilità:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wifi:</source>
        <translation>Wi-Fi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/V:</source>
        <translation>Audio/video:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stream and call links</source>
        <translation>Link della diretta e delle chiamate</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stream links</source>
        <translation>Link della diretta</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Purpose of the new link</source>
        <translation>Scopo del nuovo link</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole event or one session</source>
        <translation>Tutto l’evento o una sessione</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Viewer link (https://…)</source>
        <translation>Link per gli spettatori (https://…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Studio or ingest (https://, rtmps://)</source>
        <translation>Regia o ingest (https://, rtmps://)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studio or ingest link</source>
        <translation>Link della regia o di ingest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected platform</source>
        <translation>Piattaforma riconosciuta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add link</source>
        <translation>&amp;Aggiungi link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the link</source>
        <translation>Aggiungi il link</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open viewer link</source>
        <translation>A&amp;pri link per gli spettatori</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected viewer link in the browser</source>
        <translation>Apri nel browser il link per gli spettatori selezionato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ed&amp;it link…</source>
        <translation>Modifica &amp;link…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected link</source>
        <translation>Modifica il link selezionato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove link</source>
        <translation>&amp;Togli link</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected link</source>
        <translation>Togli il link selezionato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stream key for the selected link</source>
        <translation>Chiave stream del link selezionato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream key (kept in the system keyring)</source>
        <translation>Chiave stream (conservata nel portachiavi di sistema)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;key</source>
        <translation>Salva &amp;chiave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the stream key</source>
        <translation>Salva la chiave stream</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold to s&amp;how</source>
        <translation>Tieni premuto per &amp;vedere</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the saved stream key while the button is held down</source>
        <translation>Mostra la chiave stream salvata finché tieni premuto il pulsante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cop&amp;y key</source>
        <translation>Cop&amp;ia chiave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the saved stream key</source>
        <translation>Copia la chiave stream salvata</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved stream key, while shown</source>
        <translation>Chiave stream salvata, mentre è visibile</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready to go live?</source>
        <translation>Pronti per la diretta?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is missing for the stream</source>
        <translation>Cosa manca per la diretta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent &amp;given</source>
        <translation>Consenso &amp;dato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected speaker agreed to be recorded for that session</source>
        <translation>Il relatore selezionato ha accettato di essere registrato in quella sessione</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent re&amp;fused</source>
        <translation>Consenso &amp;negato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected speaker does not want that session recorded</source>
        <translation>Il relatore selezionato non vuole che quella sessione sia registrata</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For the selected speaker:</source>
        <translation>Per il relatore selezionato:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose an event.</source>
        <translation>Scegli un evento.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Whole event</source>
        <translation>Tutto l’evento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stream keys are kept in the system keyring, never in the database.</source>
        <translation>Le chiavi stream sono conservate nel portachiavi di sistema, mai nel database.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no keyring: stream keys are kept in a file encrypted with your passphrase, never in the database.</source>
        <translation>Questo computer non ha un portachiavi: le chiavi stream sono conservate in un file cifrato con la tua passphrase, mai nel database.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer has no keyring: stream keys are kept only until you close the app, and never in the database.</source>
        <translation>Questo computer non ha un portachiavi: le chiavi stream restano solo finché chiudi il programma, e mai nel database.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This event is in person only; nothing to stream.</source>
        <translation>Questo evento è solo in presenza; niente da trasmettere.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything is in place for the stream.</source>
        <translation>Per la diretta è tutto pronto.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No venue chosen (online only?)</source>
        <translation>Nessuna sede scelta (solo online?)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0} (the password is printed on the agenda only if you tick Wifi)</source>
        <translation>{0} (la password compare sul programma stampato solo se spunti Wi-Fi)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Add stream link</source>
        <translation>Aggiungi link della diretta</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Link added.</source>
        <translation>Link aggiunto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+15"/>
        <location line="+47"/>
        <source>Select a link first.</source>
        <translation>Seleziona prima un link.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Link saved.</source>
        <translation>Link salvato.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove stream link</source>
        <translation>Togli link della diretta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link removed.</source>
        <translation>Link tolto.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a line about recording consent first.</source>
        <translation>Seleziona prima una riga sul consenso alla registrazione.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record consent</source>
        <translation>Registra il consenso</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not opened: only http, https and mailto links are opened from here.</source>
        <translation>Non aperto: da qui si aprono solo link http, https e mailto.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+44"/>
        <source>Select the link the key belongs to first.</source>
        <translation>Seleziona prima il link a cui appartiene la chiave.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>No stream key is saved for this link.</source>
        <translation>Per questo link non è salvata nessuna chiave stream.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stream keys unlocked: hold the button to see the key.</source>
        <translation>Chiavi stream sbloccate: tieni premuto il pulsante per vedere la chiave.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stream key copied to the clipboard.</source>
        <translation>Chiave stream copiata negli appunti.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Stream key saved in the system keyring.</source>
        <translation>Chiave stream salvata nel portachiavi di sistema.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream key saved in the encrypted key file.</source>
        <translation>Chiave stream salvata nel file cifrato delle chiavi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream key kept for this session only (no keyring on this computer).</source>
        <translation>Chiave stream conservata solo fino alla chiusura del programma (nessun portachiavi su questo computer).</translation>
    </message>
</context>
<context>
    <name>VenuesPage</name>
    <message>
        <location filename="../../ui/pages/venues_page.py" line="+6"/>
        <source>&lt;h2&gt;Venues&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sedi&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every place you have used. Pick one for the current event, or keep the details (Wi-Fi, access, closing time) in one place.</source>
        <translation>Tutti i luoghi che hai usato. Scegline uno per l’evento corrente, o tieni i dettagli (Wi-Fi, accesso, orario di chiusura) in un solo posto.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Venues</source>
        <translation>Sedi</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search venues</source>
        <translation>Cerca sedi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New venue…</source>
        <translation>&amp;Nuova sede…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit venue</source>
        <translation>Modifica sede</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use for this event</source>
        <translation>&amp;Usa per questo evento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+61"/>
        <source>Delete venue</source>
        <translation>Elimina sede</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Change the event&apos;s venue</source>
        <translation>Cambia la sede dell’evento</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete the venue “%1”? Events held there keep their details but lose the venue.</source>
        <translation>Eliminare la sede “%1”? Gli eventi che vi si tengono restano, ma senza sede.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete venue “%1”</source>
        <translation>Elimina sede “%1”</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/pages/checkin_page.py" line="-581"/>
        <source>Add a walk-in</source>
        <translation>Aggiungi un non iscritto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Cognome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Azienda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Print a badge now</source>
        <translation>Stampa subito un badge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badge printing is not available in this version.</source>
        <translation>La stampa dei badge non è disponibile in questa versione.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;First name</source>
        <translation>&amp;Nome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Cognome</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;Email</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Company</source>
        <translation>&amp;Azienda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Ruolo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add and check in</source>
        <translation>Aggiungi e fai il check-in</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/pages/welcome_page.py" line="+19"/>
        <source>Welcome</source>
        <translation>Benvenuto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Welcome to Meetup Organiser</source>
        <translation>Benvenuto in Meetup Organiser</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plan the talks, the room and the stream, work through the checklist, and print badges at the door. Everything stays on this computer.</source>
        <translation>Pianifica i talk, la sala e la diretta, segui la checklist e stampa i badge all’ingresso. Tutto resta su questo computer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create your first meetup</source>
        <translation>Crea il tuo primo meetup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explore the sample meetup</source>
        <translation>Esplora il meetup di esempio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another database…</source>
        <translation>Apri un altro database…</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../ui/workers.py" line="+85"/>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>WriteToSpeakersDialog</name>
    <message>
        <location filename="../../ui/dialogs/mail_dialog.py" line="+88"/>
        <source>Write to speakers</source>
        <translation>Scrivi ai relatori</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message</source>
        <translation>Messaggio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Message:</source>
        <translation>&amp;Messaggio:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Speakers (ticked ones get a draft)</source>
        <translation>Relatori (chi è spuntato riceve una bozza)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merged message</source>
        <translation>Messaggio compilato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>A:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Oggetto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached:</source>
        <translation>Allegati:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preview</source>
        <translation>&amp;Anteprima</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Template subject</source>
        <translation>Oggetto del modello</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template text</source>
        <translation>Testo del modello</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields:</source>
        <translation>Campi:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save &amp;template</source>
        <translation>Salva il &amp;modello</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset to the shipped text</source>
        <translation>&amp;Ripristina il testo originale</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit template</source>
        <translation>Modifica il mod&amp;ello</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save drafts &amp;in:</source>
        <translation>Salva le bozze &amp;in:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+157"/>
        <source>Folder for the drafts</source>
        <translation>Cartella per le bozze</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save drafts</source>
        <translation>Salva le &amp;bozze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in mail app</source>
        <translation>Apri nel programma di &amp;posta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hands the selected speaker&apos;s message to your mail program (no attachment).</source>
        <translation>Passa il messaggio del relatore scelto al tuo programma di posta (senza allegati).</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1 of %2 speakers ticked.</source>
        <translation>%1 relatori spuntati su %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (no e-mail address: fill it in in your mail program)</source>
        <translation>%1 (nessun indirizzo e-mail: inseriscilo nel programma di posta)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing</source>
        <translation>niente</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 drafts saved in %2; %3 checklist items updated.</source>
        <translation>%1 bozze salvate in %2; %3 voci della checklist aggiornate.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Handed to your mail program: %1.</source>
        <translation>Passato al programma di posta: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Template “%1” saved.</source>
        <translation>Modello “%1” salvato.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The shipped text is back.</source>
        <translation>Il testo originale è tornato.</translation>
    </message>
</context>
<context>
    <name>ZoneChooser</name>
    <message>
        <location filename="../../ui/dialogs/zone_chooser.py" line="+60"/>
        <source>Choose a time zone</source>
        <translation>Scegli un fuso orario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a city, region or offset, e.g. Rome or +05:30</source>
        <translation>Scrivi una città, una regione o uno scarto, es. Rome o +05:30</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search time zones</source>
        <translation>Cerca fusi orari</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time zones</source>
        <translation>Fusi orari</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No time zone matches “%1”. Try a city or a country, or an offset like +01:00.</source>
        <translation>Nessun fuso orario corrisponde a “%1”. Prova una città o un paese, o uno scostamento come +01:00.</translation>
    </message>
</context>
<context>
    <name>ZoneField</name>
    <message>
        <location line="+35"/>
        <source>Not set</source>
        <translation>Non indicato</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Europe/Rome</source>
        <translation>es. Europe/Rome</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a time zone</source>
        <translation>Scegli un fuso orario</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Means %1.</source>
        <translation>Cioè %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No time zone matches “%1”; try a city or a country, or Choose…</source>
        <translation>Nessun fuso orario corrisponde a “%1”; prova una città o un paese, o Scegli…</translation>
    </message>
</context>
</TS>

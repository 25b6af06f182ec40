<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="it_IT">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="16" />
        <source>About %1</source>
        <translation>Informazioni su %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="27" />
        <source>Version %1</source>
        <translation>Versione %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="29" />
        <source>Plan meetups offline: speakers, venues, hybrid streams, checklists, attendees, badges and agendas.</source>
        <translation>Organizza meetup anche offline: relatori, sedi, dirette ibride, checklist, partecipanti, badge e programmi.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="32" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="38" />
        <source>About</source>
        <translation>Informazioni</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="19" />
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="24" />
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Puoi annullare con Modifica ▸ Annulla.</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="62" />
        <source>Delete “%1” with its agenda, attendees and checklist?</source>
        <translation>Eliminare “%1” con programma, partecipanti e checklist?</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="65" />
        <source>Delete event</source>
        <translation>Elimina evento</translation>
    </message>
    <message>
        <location filename="../../ui/actions.py" line="71" />
        <source>Delete event “%1”</source>
        <translation>Elimina evento “%1”</translation>
    </message>
</context>
<context>
    <name>CapacityBar</name>
    <message>
        <location filename="../../ui/widgets/capacity_bar.py" line="20" />
        <source>RSVPs against capacity</source>
        <translation>Iscritti rispetto alla capienza</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/capacity_bar.py" line="32" />
        <source>%1 going of %2 places</source>
        <translation>%1 presenti su %2 posti</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/capacity_bar.py" line="34" />
        <source>%1 going, no capacity set</source>
        <translation>%1 presenti, capienza non indicata</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/capacity_bar.py" line="36" />
        <source>%n on the waiting list</source>
        <translation><numerusform>%n in lista d’attesa</numerusform><numerusform>%n in lista d’attesa</numerusform></translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/models/events_model.py" line="31" />
        <location filename="../../ui/models/sessions_model.py" line="57" />
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <location filename="../../ui/models/events_model.py" line="33" />
        <source>Starts</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../../ui/models/events_model.py" line="37" />
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <location filename="../../ui/models/events_model.py" line="38" />
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../ui/models/events_model.py" line="40" />
        <source>Going</source>
        <translation>Presenti</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="48" />
        <source>Time</source>
        <translation>Ora</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="52" />
        <source>Minutes</source>
        <translation>Minuti</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="56" />
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="58" />
        <source>Speakers</source>
        <translation>Relatori</translation>
    </message>
    <message>
        <location filename="../../ui/models/speakers_model.py" line="13" />
        <source>Remote</source>
        <translation>Da remoto</translation>
    </message>
    <message>
        <location filename="../../ui/models/speakers_model.py" line="14" />
        <source>On site</source>
        <translation>In sede</translation>
    </message>
    <message>
        <location filename="../../ui/models/speakers_model.py" line="19" />
        <location filename="../../ui/models/venues_model.py" line="13" />
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <location filename="../../ui/models/speakers_model.py" line="20" />
        <source>Pronouns</source>
        <translation>Pronomi</translation>
    </message>
    <message>
        <location filename="../../ui/models/speakers_model.py" line="21" />
        <source>Affiliation</source>
        <translation>Affiliazione</translation>
    </message>
    <message>
        <location filename="../../ui/models/speakers_model.py" line="22" />
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <location filename="../../ui/models/speakers_model.py" line="23" />
        <source>Home zone</source>
        <translation>Fuso di residenza</translation>
    </message>
    <message>
        <location filename="../../ui/models/speakers_model.py" line="24" />
        <source>Joins</source>
        <translation>Partecipa</translation>
    </message>
    <message>
        <location filename="../../ui/models/speakers_model.py" line="26" />
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <location filename="../../ui/models/venues_model.py" line="14" />
        <source>Address</source>
        <translation>Indirizzo</translation>
    </message>
    <message>
        <location filename="../../ui/models/venues_model.py" line="16" />
        <source>Capacity</source>
        <translation>Capienza</translation>
    </message>
    <message>
        <location filename="../../ui/models/venues_model.py" line="21" />
        <source>Contact</source>
        <translation>Referente</translation>
    </message>
    <message>
        <location filename="../../ui/models/venues_model.py" line="23" />
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
</context>
<context>
    <name>CopyEventDialog</name>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="284" />
        <source>New event from this one</source>
        <translation>Nuovo evento da questo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="293" />
        <source>Copies the venue, format, agenda, speakers and stream links. Attendees and checklist ticks start empty.</source>
        <translation>Copia sede, formato, programma, relatori e link della diretta. Partecipanti e spunte della checklist ripartono da zero.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="301" />
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="302" />
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="305" />
        <source>&amp;Starts (%1):</source>
        <translation>&amp;Inizio (%1):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="318" />
        <source>Copy event “%1”</source>
        <translation>Copia evento “%1”</translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="24" />
        <source>Countdown</source>
        <translation>Conto alla rovescia</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="63" />
        <source>days</source>
        <translation>giorni</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="64" />
        <source>hours</source>
        <translation>ore</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="65" />
        <source>minutes</source>
        <translation>minuti</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="66" />
        <source>seconds</source>
        <translation>secondi</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="71" />
        <source>until the doors open</source>
        <translation>all’apertura delle porte</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="73" />
        <source>Happening now: until the end</source>
        <translation>In corso: alla fine</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/countdown.py" line="76" />
        <source>Ended %n day(s) ago</source>
        <translation><numerusform>Terminato %n giorno fa</numerusform><numerusform>Terminato %n giorni fa</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="76" />
        <source>Ended today</source>
        <translation>Terminato oggi</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="77" />
        <source>No event selected</source>
        <translation>Nessun evento selezionato</translation>
    </message>
</context>
<context>
    <name>DateTimeRow</name>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="51" />
        <source>%1 date</source>
        <translation>%1: data</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="54" />
        <source>%1 time</source>
        <translation>%1: ora</translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <location filename="../../ui/widgets/due_list.py" line="23" />
        <source>Next checklist items</source>
        <translation>Prossime voci della checklist</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_list.py" line="29" />
        <source>Nothing due</source>
        <translation>Nessuna scadenza</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_list.py" line="42" />
        <source>no date</source>
        <translation>senza data</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/due_list.py" line="45" />
        <source>overdue by %n day(s)</source>
        <translation><numerusform>in ritardo di %n giorno</numerusform><numerusform>in ritardo di %n giorni</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_list.py" line="45" />
        <location filename="../../ui/widgets/due_list.py" line="47" />
        <source>due today</source>
        <translation>scade oggi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/due_list.py" line="48" />
        <source>due in %n day(s)</source>
        <translation><numerusform>scade tra %n giorno</numerusform><numerusform>scade tra %n giorni</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/due_list.py" line="60" />
        <source>Nothing due: all caught up.</source>
        <translation>Nessuna scadenza: tutto in pari.</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../ui/dialogs/editor.py" line="32" />
        <source>Error</source>
        <translation>Errore</translation>
    </message>
</context>
<context>
    <name>EventDelegate</name>
    <message>
        <location filename="../../ui/models/event_delegate.py" line="49" />
        <source>PAST EVENTS</source>
        <translation>EVENTI PASSATI</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="82" />
        <source>New event</source>
        <translation>Nuovo evento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="82" />
        <source>Edit event</source>
        <translation>Modifica evento</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="89" />
        <source>e.g. ML Rome #43: Vision on the edge</source>
        <translation>es. ML Rome #43: Visione sui dispositivi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="90" />
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="92" />
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuso orario:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="96" />
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="97" />
        <source>&amp;Starts:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="98" />
        <source>End</source>
        <translation>Fine</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="99" />
        <source>&amp;Ends:</source>
        <translation>Fi&amp;ne:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="101" />
        <source>e.g. America/New_York, Asia/Kolkata</source>
        <translation>es. America/New_York, Asia/Kolkata</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="102" />
        <source>Also show times in:</source>
        <translation>Mostra gli orari anche in:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="106" />
        <source>&amp;Format:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="110" />
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="110" />
        <source>Announced</source>
        <translation>Annunciato</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="110" />
        <source>Done</source>
        <translation>Concluso</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="110" />
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="114" />
        <source>Stat&amp;us:</source>
        <translation>Sta&amp;to:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="119" />
        <location filename="../../ui/dialogs/event_dialog.py" line="126" />
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="120" />
        <source>New venue…</source>
        <translation>Nuova sede…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="121" />
        <source>New venue</source>
        <translation>Nuova sede</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="125" />
        <source>&amp;Venue:</source>
        <translation>&amp;Sede:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="129" />
        <source>Same as the venue</source>
        <translation>Come la sede</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="130" />
        <source>&amp;Capacity:</source>
        <translation>&amp;Capienza:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="134" />
        <source>&amp;Description:</source>
        <translation>&amp;Descrizione:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="136" />
        <source>Organiser:</source>
        <translation>Organizzatore:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="138" />
        <source>Organiser email:</source>
        <translation>Email organizzatore:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="140" />
        <source>Organiser phone:</source>
        <translation>Telefono organizzatore:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="164" />
        <source>Dates and times below are wall-clock times in %1 (%2 today).</source>
        <translation>Date e orari qui sotto sono ora locale di %1 (%2 oggi).</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="170" />
        <source>Choose the zone the event happens in.</source>
        <translation>Scegli il fuso orario in cui si svolge l’evento.</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="177" />
        <source>No venue (online)</source>
        <translation>Nessuna sede (online)</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="267" />
        <source>Create event “%1”</source>
        <translation>Crea evento “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="276" />
        <source>Edit event “%1”</source>
        <translation>Modifica evento “%1”</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../ui/pages/events_page.py" line="22" />
        <source>&lt;h2&gt;All events&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tutti gli eventi&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events_page.py" line="23" />
        <source>Sort by date, format or turnout; open one to work on it.</source>
        <translation>Ordina per data, formato o affluenza; aprine uno per lavorarci.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events_page.py" line="28" />
        <source>All events</source>
        <translation>Tutti gli eventi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events_page.py" line="28" />
        <source>Search by title, venue or format</source>
        <translation>Cerca per titolo, sede o formato</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events_page.py" line="30" />
        <source>&amp;New event…</source>
        <translation>&amp;Nuovo evento…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events_page.py" line="31" />
        <source>New event from &amp;this one…</source>
        <translation>Nuovo evento da &amp;questo…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events_page.py" line="33" />
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../../ui/pages/events_page.py" line="33" />
        <source>Delete event</source>
        <translation>Elimina evento</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../../ui/models/events_model.py" line="17" />
        <source>In person</source>
        <translation>In presenza</translation>
    </message>
    <message>
        <location filename="../../ui/models/events_model.py" line="18" />
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <location filename="../../ui/models/events_model.py" line="19" />
        <source>Hybrid</source>
        <translation>Ibrido</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="25" />
        <source>Talk</source>
        <translation>Talk</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="26" />
        <source>Panel</source>
        <translation>Tavola rotonda</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="27" />
        <source>Break</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="28" />
        <source>Networking</source>
        <translation>Networking</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="29" />
        <source>Lightning talks</source>
        <translation>Lightning talk</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="30" />
        <source>Welcome</source>
        <translation>Benvenuto</translation>
    </message>
</context>
<context>
    <name>LineUp</name>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="41" />
        <source>Speakers of this session</source>
        <translation>Relatori di questa sessione</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="46" />
        <source>Move speaker up</source>
        <translation>Sposta relatore in su</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="47" />
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="49" />
        <source>Move speaker down</source>
        <translation>Sposta relatore in giù</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="50" />
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="52" />
        <source>Remove speaker from session</source>
        <translation>Togli relatore dalla sessione</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="53" />
        <source>Remove from this session</source>
        <translation>Togli da questa sessione</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="60" />
        <source>Speaker to add</source>
        <translation>Relatore da aggiungere</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="62" />
        <source>Role</source>
        <translation>Ruolo</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="64" />
        <source>Speaker</source>
        <translation>Relatore</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="64" />
        <source>Moderator</source>
        <translation>Moderatore</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="64" />
        <source>Panellist</source>
        <translation>Panelist</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="67" />
        <source>Add</source>
        <translation>Aggiungi</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="68" />
        <source>Add speaker to session</source>
        <translation>Aggiungi relatore alla sessione</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="69" />
        <source>New speaker…</source>
        <translation>Nuovo relatore…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="99" />
        <source>speaker</source>
        <translation>relatore</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="99" />
        <source>moderator</source>
        <translation>moderatore</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="99" />
        <source>panellist</source>
        <translation>panelist</translation>
    </message>
</context>
<context>
    <name>ListingPanel</name>
    <message>
        <location filename="../../ui/pages/listing.py" line="67" />
        <location filename="../../ui/pages/listing.py" line="71" />
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="61" />
        <location filename="../../ui/pages/overview_page.py" line="48" />
        <source>Overview</source>
        <translation>Panoramica</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="63" />
        <source>Agenda</source>
        <translation>Programma</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="68" />
        <location filename="../../ui/pages/speakers_page.py" line="37" />
        <source>Speakers</source>
        <translation>Relatori</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="74" />
        <source>Venue &amp; Stream</source>
        <translation>Sede e diretta</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80" />
        <source>Attendees</source>
        <translation>Partecipanti</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86" />
        <source>Check-in</source>
        <translation>Accoglienza</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="92" />
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="94" />
        <source>Print</source>
        <translation>Stampa</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="97" />
        <location filename="../../ui/pages/venues_page.py" line="18" />
        <source>Venues</source>
        <translation>Sedi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102" />
        <location filename="../../ui/pages/speakers_page.py" line="199" />
        <source>Speaker library</source>
        <translation>Archivio relatori</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="104" />
        <location filename="../../ui/pages/events_page.py" line="16" />
        <source>All events</source>
        <translation>Tutti gli eventi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="176" />
        <source>Pages</source>
        <translation>Pagine</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180" />
        <source>EVENT</source>
        <translation>EVENTO</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="183" />
        <source>LIBRARY</source>
        <translation>ARCHIVIO</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="197" />
        <location filename="../../ui/main_window.py" line="211" />
        <source>Events</source>
        <translation>Eventi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="203" />
        <location filename="../../ui/main_window.py" line="204" />
        <source>Search events</source>
        <translation>Cerca eventi</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="207" />
        <source>Search</source>
        <translation>Cerca</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="218" />
        <location filename="../../ui/main_window.py" line="219" />
        <source>New event</source>
        <translation>Nuovo evento</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="232" />
        <source>Selected event</source>
        <translation>Evento selezionato</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="236" />
        <source>Opening the database…</source>
        <translation>Apertura del database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="284" />
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="286" />
        <source>&amp;New event…</source>
        <translation>&amp;Nuovo evento…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="291" />
        <source>&amp;Open database…</source>
        <translation>&amp;Apri database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296" />
        <source>New &amp;database…</source>
        <translation>Nuovo &amp;database…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297" />
        <source>Connect to a &amp;team database…</source>
        <translation>Collegati a un database del &amp;team…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="301" />
        <source>&amp;Print…</source>
        <translation>&amp;Stampa…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="309" />
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferenze…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="314" />
        <source>&amp;Quit</source>
        <translation>&amp;Esci</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="316" />
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="321" />
        <source>&amp;Find</source>
        <translation>&amp;Trova</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="325" />
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="331" />
        <source>E&amp;vent</source>
        <translation>E&amp;vento</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333" />
        <source>&amp;Edit event…</source>
        <translation>&amp;Modifica evento…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="337" />
        <source>New event from &amp;this one…</source>
        <translation>Nuovo evento da &amp;questo…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="343" />
        <source>&amp;Delete event…</source>
        <translation>&amp;Elimina evento…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="346" />
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="355" />
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="356" />
        <source>&amp;About Meetup Organiser</source>
        <translation>&amp;Informazioni su Meetup Organiser</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="386" />
        <source>&amp;Undo</source>
        <translation>&amp;Annulla</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="389" />
        <source>&amp;Redo</source>
        <translation>&amp;Ripeti</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="416" />
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="597" />
        <source>Done: %1</source>
        <translation>Fatto: %1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="673" />
        <source>Open a database</source>
        <translation>Apri un database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="675" />
        <source>Meetup Organiser databases (*.sqlite *.db);;All files (*)</source>
        <translation>Database di Meetup Organiser (*.sqlite *.db);;Tutti i file (*)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="683" />
        <source>New database</source>
        <translation>Nuovo database</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="685" />
        <source>Meetup Organiser databases (*.sqlite)</source>
        <translation>Database di Meetup Organiser (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="693" />
        <source>Team database</source>
        <translation>Database del team</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="694" />
        <source>PostgreSQL address, e.g. postgresql+psycopg://user@server/meetups</source>
        <translation>Indirizzo PostgreSQL, es. postgresql+psycopg://utente@server/meetup</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="708" />
        <source>Open database</source>
        <translation>Apri database</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="72" />
        <source>Event title</source>
        <translation>Titolo dell’evento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="79" />
        <source>Edit event…</source>
        <translation>Modifica evento…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="80" />
        <source>New event from this one…</source>
        <translation>Nuovo evento da questo…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="81" />
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="82" />
        <source>Delete event</source>
        <translation>Elimina evento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="90" />
        <source>Countdown</source>
        <translation>Conto alla rovescia</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="97" />
        <source>Venue and RSVPs</source>
        <translation>Sede e iscrizioni</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="116" />
        <source>Attendance over recent events</source>
        <translation>Presenze negli ultimi eventi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="121" />
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="129" />
        <source>Speaker readiness</source>
        <translation>Preparazione dei relatori</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="139" />
        <source>Choose an event in the sidebar, or create one with File ▸ New event.</source>
        <translation>Scegli un evento nella barra laterale, o creane uno con File ▸ Nuovo evento.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="189" />
        <source>Draft</source>
        <translation>Bozza</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="190" />
        <source>Announced</source>
        <translation>Annunciato</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="191" />
        <source>Done</source>
        <translation>Concluso</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="192" />
        <source>Cancelled</source>
        <translation>Annullato</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="202" />
        <source>sessions</source>
        <translation>sessioni</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="203" />
        <source>speakers</source>
        <translation>relatori</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="204" />
        <source>going</source>
        <translation>presenti</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="205" />
        <source>checked in</source>
        <translation>arrivati</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="212" />
        <source>Online only</source>
        <translation>Solo online</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="214" />
        <source>No room to book; RSVPs count against the event's limit.</source>
        <translation>Nessuna sala da prenotare; le iscrizioni contano sul limite dell’evento.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="217" />
        <source>No venue yet</source>
        <translation>Ancora nessuna sede</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="218" />
        <source>Pick one in Library ▸ Venues or in Edit event.</source>
        <translation>Sceglila in Archivio ▸ Sedi o in Modifica evento.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/pages/overview_page.py" line="221" />
        <source>%n stream link(s)</source>
        <translation><numerusform>%n link della diretta</numerusform><numerusform>%n link della diretta</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="223" />
        <source>no stream link yet</source>
        <translation>ancora nessun link della diretta</translation>
    </message>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="225" />
        <source>venue closes at %1</source>
        <translation>la sede chiude alle %1</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="72" />
        <source>Photo preview</source>
        <translation>Anteprima della foto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="75" />
        <source>Choose photo…</source>
        <translation>Scegli foto…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="76" />
        <source>Choose photo</source>
        <translation>Scegli foto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="78" />
        <source>Remove photo</source>
        <translation>Togli foto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="97" />
        <source>A photo is set</source>
        <translation>Foto impostata</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="97" />
        <source>No photo</source>
        <translation>Nessuna foto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="103" />
        <source>Choose a photo</source>
        <translation>Scegli una foto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="105" />
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Immagini (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="23" />
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="27" />
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="28" />
        <source>Same as the system</source>
        <translation>Come il sistema</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="33" />
        <source>&amp;Language:</source>
        <translation>&amp;Lingua:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="35" />
        <source>A new language shows fully after restarting the program.</source>
        <translation>La nuova lingua appare del tutto dopo il riavvio del programma.</translation>
    </message>
</context>
<context>
    <name>ProgressRing</name>
    <message>
        <location filename="../../ui/widgets/progress.py" line="20" />
        <source>Checklist progress</source>
        <translation>Avanzamento della checklist</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/progress.py" line="32" />
        <location filename="../../ui/widgets/progress.py" line="66" />
        <source>No checklist yet</source>
        <translation>Ancora nessuna checklist</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/progress.py" line="33" />
        <location filename="../../ui/widgets/progress.py" line="64" />
        <source>%1 of %2 done</source>
        <translation>%1 di %2 fatte</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/widgets/progress.py" line="35" />
        <location filename="../../ui/widgets/progress.py" line="74" />
        <source>%n overdue</source>
        <translation><numerusform>%n in ritardo</numerusform><numerusform>%n in ritardo</numerusform></translation>
    </message>
    <message>
        <location filename="../../ui/widgets/progress.py" line="81" />
        <source>Nothing overdue</source>
        <translation>Niente in ritardo</translation>
    </message>
</context>
<context>
    <name>ReadinessGrid</name>
    <message>
        <location filename="../../ui/widgets/readiness_grid.py" line="28" />
        <source>Speaker readiness</source>
        <translation>Preparazione dei relatori</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/readiness_grid.py" line="38" />
        <source>%1 of %2 speaker tasks done</source>
        <translation>%1 di %2 compiti dei relatori fatti</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/readiness_grid.py" line="40" />
        <source>No speaker checklists yet</source>
        <translation>Ancora nessuna checklist per i relatori</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/readiness_grid.py" line="55" />
        <source>done</source>
        <translation>fatto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/readiness_grid.py" line="56" />
        <source>to do</source>
        <translation>da fare</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/readiness_grid.py" line="57" />
        <source>overdue</source>
        <translation>in ritardo</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/readiness_grid.py" line="58" />
        <source>not asked</source>
        <translation>non richiesto</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/readiness_grid.py" line="71" />
        <source>Speaker tasks appear here once the event has a checklist.</source>
        <translation>I compiti dei relatori compaiono qui quando l’evento ha una checklist.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/readiness_grid.py" line="92" />
        <source>(remote)</source>
        <translation>(da remoto)</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="154" />
        <source>New session</source>
        <translation>Nuova sessione</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="154" />
        <source>Edit session</source>
        <translation>Modifica sessione</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="169" />
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="173" />
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="174" />
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="176" />
        <source>&amp;Starts (%1):</source>
        <translation>&amp;Inizio (%1):</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="181" />
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="182" />
        <source>&amp;Duration:</source>
        <translation>&amp;Durata:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="184" />
        <source>&amp;Room:</source>
        <translation>S&amp;ala:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="188" />
        <source>&amp;Abstract:</source>
        <translation>&amp;Abstract:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="190" />
        <source>S&amp;peakers:</source>
        <translation>&amp;Relatori:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="246" />
        <source>Add session “%1”</source>
        <translation>Aggiungi sessione “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="255" />
        <source>Edit session “%1”</source>
        <translation>Modifica sessione “%1”</translation>
    </message>
</context>
<context>
    <name>SpeakerDialog</name>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="128" />
        <source>New speaker</source>
        <translation>Nuovo relatore</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="128" />
        <source>Edit speaker</source>
        <translation>Modifica relatore</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="135" />
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="137" />
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="139" />
        <source>e.g. she/her</source>
        <translation>es. lei</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="140" />
        <source>&amp;Pronouns:</source>
        <translation>&amp;Pronomi:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="142" />
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="144" />
        <source>P&amp;hone:</source>
        <translation>Tele&amp;fono:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="146" />
        <source>&amp;Affiliation:</source>
        <translation>&amp;Affiliazione:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="148" />
        <source>Home time &amp;zone:</source>
        <translation>&amp;Fuso di residenza:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="149" />
        <source>Speaks remotely</source>
        <translation>Interviene da remoto</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="150" />
        <source>Joins:</source>
        <translation>Partecipa:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="154" />
        <source>&amp;Bio:</source>
        <translation>&amp;Biografia:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="156" />
        <source>Website, Mastodon, GitHub…</source>
        <translation>Sito web, Mastodon, GitHub…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="157" />
        <source>&amp;Links:</source>
        <translation>&amp;Link:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="161" />
        <source>N&amp;otes:</source>
        <translation>N&amp;ote:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="237" />
        <source>Create speaker “%1”</source>
        <translation>Crea relatore “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="251" />
        <source>Edit speaker “%1”</source>
        <translation>Modifica relatore “%1”</translation>
    </message>
</context>
<context>
    <name>SpeakerLibraryPage</name>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="205" />
        <source>&lt;h2&gt;Speaker library&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Archivio relatori&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="208" />
        <source>Speakers across all your events. Add someone to a session from the session editor; their bio and photo come along.</source>
        <translation>I relatori di tutti i tuoi eventi. Aggiungili a una sessione dall’editor della sessione: biografia e foto li seguono.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="218" />
        <source>Speaker library</source>
        <translation>Archivio relatori</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="219" />
        <source>Search by name, affiliation or email</source>
        <translation>Cerca per nome, affiliazione o email</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="222" />
        <source>&amp;New speaker…</source>
        <translation>&amp;Nuovo relatore…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="223" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="223" />
        <source>Edit speaker</source>
        <translation>Modifica relatore</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="225" />
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="225" />
        <location filename="../../ui/pages/speakers_page.py" line="269" />
        <source>Delete speaker</source>
        <translation>Elimina relatore</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="270" />
        <source>Delete “%1” and take them out of every session?</source>
        <translation>Eliminare “%1” e toglierlo da tutte le sessioni?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="272" />
        <source>Delete speaker “%1”</source>
        <translation>Elimina relatore “%1”</translation>
    </message>
</context>
<context>
    <name>SpeakersPage</name>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="50" />
        <source>&lt;h3&gt;Sessions&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Sessioni&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="52" />
        <source>Drag a row to change the running order.</source>
        <translation>Trascina una riga per cambiare la scaletta.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="56" />
        <source>&amp;Add session…</source>
        <translation>&amp;Aggiungi sessione…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="56" />
        <source>Add session</source>
        <translation>Aggiungi sessione</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="58" />
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="58" />
        <source>Edit session</source>
        <translation>Modifica sessione</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="60" />
        <source>Remove</source>
        <translation>Togli</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="60" />
        <location filename="../../ui/pages/speakers_page.py" line="167" />
        <source>Remove session</source>
        <translation>Togli sessione</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="67" />
        <source>Sessions</source>
        <translation>Sessioni</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="81" />
        <source>&lt;h3&gt;On stage at this event&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Sul palco in questo evento&lt;/h3&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="84" />
        <source>Speakers at this event</source>
        <translation>Relatori di questo evento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="84" />
        <source>Search speakers</source>
        <translation>Cerca relatori</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="86" />
        <source>New speaker…</source>
        <translation>Nuovo relatore…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="87" />
        <source>Edit speaker…</source>
        <translation>Modifica relatore…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="99" />
        <source>Choose an event in the sidebar.</source>
        <translation>Scegli un evento nella barra laterale.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="167" />
        <source>Remove “%1” from the agenda?</source>
        <translation>Togliere “%1” dal programma?</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="169" />
        <source>Remove session “%1”</source>
        <translation>Togli sessione “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="174" />
        <source>Move “%1”</source>
        <translation>Sposta “%1”</translation>
    </message>
</context>
<context>
    <name>StatStrip</name>
    <message>
        <location filename="../../ui/widgets/stats.py" line="19" />
        <source>Key figures</source>
        <translation>Numeri chiave</translation>
    </message>
</context>
<context>
    <name>TrendBars</name>
    <message>
        <location filename="../../ui/widgets/trend_bars.py" line="25" />
        <source>Attendance trend</source>
        <translation>Andamento delle presenze</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trend_bars.py" line="34" />
        <source>%1: %2 going, %3 came</source>
        <translation>%1: %2 iscritti, %3 venuti</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trend_bars.py" line="50" />
        <source>The trend appears after a few events.</source>
        <translation>L’andamento compare dopo qualche evento.</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trend_bars.py" line="89" />
        <location filename="../../ui/widgets/trend_bars.py" line="90" />
        <source>RSVP going</source>
        <translation>iscritti</translation>
    </message>
    <message>
        <location filename="../../ui/widgets/trend_bars.py" line="95" />
        <source>checked in</source>
        <translation>arrivati</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="31" />
        <source>New venue</source>
        <translation>Nuova sede</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="31" />
        <source>Edit venue</source>
        <translation>Modifica sede</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="38" />
        <source>e.g. Talent Garden Ostiense</source>
        <translation>es. Talent Garden Ostiense</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="39" />
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="40" />
        <source>&amp;Address:</source>
        <translation>&amp;Indirizzo:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="42" />
        <source>&amp;Map link:</source>
        <translation>Link alla &amp;mappa:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="46" />
        <source>Unknown</source>
        <translation>Sconosciuta</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="47" />
        <source>&amp;Capacity:</source>
        <translation>&amp;Capienza:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="48" />
        <source>Contact:</source>
        <translation>Referente:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="49" />
        <source>Contact email:</source>
        <translation>Email referente:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="50" />
        <source>Contact phone:</source>
        <translation>Telefono referente:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="51" />
        <source>Accessibility:</source>
        <translation>Accessibilità:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="52" />
        <source>Wi-Fi name:</source>
        <translation>Nome Wi-Fi:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="53" />
        <source>Wi-Fi password:</source>
        <translation>Password Wi-Fi:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="54" />
        <source>A/V equipment:</source>
        <translation>Dotazione audio/video:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="55" />
        <source>Closes at:</source>
        <translation>Chiude alle:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="56" />
        <source>Notes:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="114" />
        <source>Create venue “%1”</source>
        <translation>Crea sede “%1”</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="122" />
        <source>Edit venue “%1”</source>
        <translation>Modifica sede “%1”</translation>
    </message>
</context>
<context>
    <name>VenuesPage</name>
    <message>
        <location filename="../../ui/pages/venues_page.py" line="24" />
        <source>&lt;h2&gt;Venues&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sedi&lt;/h2&gt;</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_page.py" line="28" />
        <source>Every place you have used. Pick one for the current event, or keep the details (Wi-Fi, access, closing time) in one place.</source>
        <translation>Tutti i luoghi che hai usato. Scegline uno per l’evento corrente, o tieni i dettagli (Wi-Fi, accesso, orario di chiusura) in un solo posto.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_page.py" line="36" />
        <source>Venues</source>
        <translation>Sedi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_page.py" line="36" />
        <source>Search venues</source>
        <translation>Cerca sedi</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_page.py" line="37" />
        <source>&amp;New venue…</source>
        <translation>&amp;Nuova sede…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_page.py" line="38" />
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_page.py" line="38" />
        <source>Edit venue</source>
        <translation>Modifica sede</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_page.py" line="40" />
        <source>&amp;Use for this event</source>
        <translation>&amp;Usa per questo evento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_page.py" line="43" />
        <source>&amp;Delete</source>
        <translation>&amp;Elimina</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_page.py" line="43" />
        <location filename="../../ui/pages/venues_page.py" line="108" />
        <source>Delete venue</source>
        <translation>Elimina sede</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_page.py" line="98" />
        <source>Change the event's venue</source>
        <translation>Cambia la sede dell’evento</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_page.py" line="111" />
        <source>Delete the venue “%1”? Events held there keep their details but lose the venue.</source>
        <translation>Eliminare la sede “%1”? Gli eventi che vi si tengono restano, ma senza sede.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/venues_page.py" line="117" />
        <source>Delete venue “%1”</source>
        <translation>Elimina sede “%1”</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/pages/welcome_page.py" line="19" />
        <source>Welcome</source>
        <translation>Benvenuto</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome_page.py" line="28" />
        <source>Welcome to Meetup Organiser</source>
        <translation>Benvenuto in Meetup Organiser</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome_page.py" line="37" />
        <source>Plan the talks, the room and the stream, work through the checklist, and print badges at the door. Everything stays on this computer.</source>
        <translation>Pianifica i talk, la sala e la diretta, segui la checklist e stampa i badge all’ingresso. Tutto resta su questo computer.</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome_page.py" line="49" />
        <source>Create your first meetup</source>
        <translation>Crea il tuo primo meetup</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome_page.py" line="51" />
        <source>Explore the sample meetup</source>
        <translation>Esplora il meetup di esempio</translation>
    </message>
    <message>
        <location filename="../../ui/pages/welcome_page.py" line="52" />
        <source>Open another database…</source>
        <translation>Apri un altro database…</translation>
    </message>
</context>
<context>
    <name>ZoneChooser</name>
    <message>
        <location filename="../../ui/dialogs/zone_chooser.py" line="36" />
        <source>Choose a time zone</source>
        <translation>Scegli un fuso orario</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/zone_chooser.py" line="41" />
        <source>Type a city, region or offset, e.g. Rome or +05:30</source>
        <translation>Scrivi una città, una regione o uno scarto, es. Rome o +05:30</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/zone_chooser.py" line="43" />
        <source>Search time zones</source>
        <translation>Cerca fusi orari</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/zone_chooser.py" line="52" />
        <source>Time zones</source>
        <translation>Fusi orari</translation>
    </message>
</context>
<context>
    <name>ZoneField</name>
    <message>
        <location filename="../../ui/dialogs/zone_chooser.py" line="96" />
        <source>Not set</source>
        <translation>Non indicato</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/zone_chooser.py" line="96" />
        <source>e.g. Europe/Rome</source>
        <translation>es. Europe/Rome</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/zone_chooser.py" line="98" />
        <source>Time zone</source>
        <translation>Fuso orario</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/zone_chooser.py" line="100" />
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <location filename="../../ui/dialogs/zone_chooser.py" line="101" />
        <source>Choose a time zone</source>
        <translation>Scegli un fuso orario</translation>
    </message>
</context>
<context>
    <name>parent</name>
    <message>
        <location filename="../../ui/workers.py" line="71" />
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
</TS>
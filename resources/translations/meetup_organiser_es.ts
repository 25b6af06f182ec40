<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="+16"/>
        <source>About %1</source>
        <translation>Acerca de %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan meetups offline: speakers, venues, hybrid streams, checklists, attendees, badges and agendas.</source>
        <translation>Organiza meetups sin conexión: ponentes, sedes, emisiones híbridas, checklists, asistentes, credenciales y programas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About</source>
        <translation>Acerca de</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="+19"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Puedes deshacerlo con Editar ▸ Deshacer.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Delete “%1” with its agenda, attendees and checklist?</source>
        <translation>¿Eliminar «%1» con su programa, asistentes y checklist?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete event</source>
        <translation>Eliminar evento</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete event “%1”</source>
        <translation>Eliminar el evento «%1»</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../ui/models/agenda_model.py" line="+109"/>
        <source>Session</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speakers</source>
        <translation>Ponentes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>locked</source>
        <translation>bloqueada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not locked</source>
        <translation>no bloqueada</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <source>remote; their time: {0} ({1})</source>
        <translation>en remoto; su hora: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="+61"/>
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Event and its time zone</source>
        <translation>Evento y zona horaria</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Viewer time zones:</source>
        <translation>&amp;Zonas horarias del público:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. America/New_York, Asia/Kolkata</source>
        <translation>p. ej. America/New_York, Asia/Kolkata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewer time zones, separated by commas</source>
        <translation>Zonas horarias del público, separadas por comas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show zones</source>
        <translation>Mostrar zonas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply viewer time zones</source>
        <translation>Aplicar las zonas horarias del público</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Day of the agenda</source>
        <translation>Día del programa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Running order</source>
        <translation>Orden del programa</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sessions per room</source>
        <translation>Sesiones por sala</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New &amp;session:</source>
        <translation>Nueva &amp;sesión:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the new session</source>
        <translation>Título de la nueva sesión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind of the new session</source>
        <translation>Tipo de la nueva sesión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration of the new session in minutes</source>
        <translation>Duración de la nueva sesión en minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd</source>
        <translation>A&amp;ñadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the session at the end</source>
        <translation>Añadir la sesión al final</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete session</source>
        <translation>E&amp;liminar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected session</source>
        <translation>Eliminar la sesión seleccionada</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected session earlier</source>
        <translation>Adelantar la sesión seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected session later</source>
        <translation>Retrasar la sesión seleccionada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Arriba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Abajo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ed&amp;it session…</source>
        <translation>Ed&amp;itar sesión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected session in the editor</source>
        <translation>Abrir la sesión seleccionada en el editor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print agenda…</source>
        <translation>Im&amp;primir programa…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the agenda as a PDF</source>
        <translation>Imprimir el programa en PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Announcement…</source>
        <translation>&amp;Anuncio…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the announcement</source>
        <translation>Escribir el anuncio</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warnings</source>
        <translation>Avisos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda warnings</source>
        <translation>Avisos del programa</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose an event to see its agenda.</source>
        <translation>Elige un evento para ver su programa.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{title} — {when} — {format}</source>
        <translation>{title} — {when} — {format}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No clashes, gaps or overruns.</source>
        <translation>Sin solapamientos, huecos ni retrasos.</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>Move session</source>
        <translation>Mover sesión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change duration</source>
        <translation>Cambiar duración</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock session</source>
        <translation>Bloquear sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock session</source>
        <translation>Desbloquear sesión</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+61"/>
        <location line="+15"/>
        <source>Select a session first.</source>
        <translation>Selecciona primero una sesión.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Add session “%1”</source>
        <translation>Añadir la sesión «%1»</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete session</source>
        <translation>Eliminar sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted “{0}”; Undo puts it back.</source>
        <translation>«{0}» eliminada; Deshacer la recupera.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change viewer time zones</source>
        <translation>Cambiar las zonas horarias del público</translation>
    </message>
</context>
<context>
    <name>AgendaPrintDialog</name>
    <message>
        <location filename="../../ui/dialogs/agenda_print_dialog.py" line="+49"/>
        <location line="+181"/>
        <source>Print agenda</source>
        <translation>Imprimir programa</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>&amp;Viewer time zones:</source>
        <translation>&amp;Zonas horarias del público:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewer time zones, separated by commas</source>
        <translation>Zonas horarias del público, separadas por comas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>Carta (EE. UU.)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the &amp;wifi password</source>
        <translation>Imprimir la contraseña del &amp;wifi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the venue wifi name and password</source>
        <translation>Imprimir el nombre y la contraseña del wifi de la sede</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Agenda preview</source>
        <translation>Vista previa del programa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Guardar PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the agenda as a PDF file</source>
        <translation>Guardar el programa como archivo PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the agenda to a printer</source>
        <translation>Enviar el programa a una impresora</translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n página.</numerusform>
            <numerusform>%n páginas.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved to {0}.</source>
        <translation>Guardado en {0}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save agenda</source>
        <translation>Guardar programa</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The printer could not be opened.</source>
        <translation>No se pudo abrir la impresora.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n página enviada a la impresora.</numerusform>
            <numerusform>%n páginas enviadas a la impresora.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnounceDialog</name>
    <message>
        <location filename="../../ui/dialogs/announce_dialog.py" line="+30"/>
        <source>Announcement</source>
        <translation>Anuncio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Viewer time zones:</source>
        <translation>&amp;Zonas horarias del público:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewer time zones, separated by commas</source>
        <translation>Zonas horarias del público, separadas por comas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Short post (under 280 characters)</source>
        <translation>Publicación &amp;corta (menos de 280 caracteres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short post</source>
        <translation>Publicación corta</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Announcement text</source>
        <translation>Texto del anuncio</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the announcement to the clipboard</source>
        <translation>Copiar el anuncio al portapapeles</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{0} of {1} characters.</source>
        <translation>{0} de {1} caracteres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown, ready for Meetup or a mailing list.</source>
        <translation>Markdown, listo para Meetup o una lista de correo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
</context>
<context>
    <name>AttendanceChart</name>
    <message>
        <location filename="../../ui/widgets/attendance_chart.py" line="+41"/>
        <source>%1: %2 going (not happened yet)</source>
        <translation>%1: %2 inscritos (aún no se ha celebrado)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 checked in of %3 going (%4)</source>
        <translation>%1: %2 llegaron de %3 inscritos (%4)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Attendance across past events</source>
        <translation>Asistencia a eventos anteriores</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 going, not happened yet</source>
        <translation>%1: %2 inscritos, aún no se ha celebrado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 of %3</source>
        <translation>%1: %2 de %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <source>No past events yet.</source>
        <translation>Todavía no hay eventos anteriores.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 going</source>
        <translation>%1 inscritos</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <location line="+1"/>
        <source>going</source>
        <translation>inscritos</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+11"/>
        <source>checked in</source>
        <translation>llegaron</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <location filename="../../ui/dialogs/attendee_dialog.py" line="+42"/>
        <source>Edit attendee</source>
        <translation>Editar asistente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add attendee</source>
        <translation>Añadir asistente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Company</source>
        <translation>&amp;Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Job title</source>
        <translation>&amp;Cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pronouns</source>
        <translation>&amp;Pronombres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RSVP</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guests</source>
        <translation>Acompañantes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RS&amp;VP</source>
        <translation>Res&amp;puesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guests</source>
        <translation>Aco&amp;mpañantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edited by hand, kept when the list is imported again: %1</source>
        <translation>Editado a mano, se conserva al volver a importar la lista: %1</translation>
    </message>
</context>
<context>
    <name>AttendeesModel</name>
    <message>
        <location filename="../../ui/models/attendees_model.py" line="+42"/>
        <source>Attendee</source>
        <translation>Asistente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser</source>
        <translation>Organización</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer</source>
        <translation>Voluntario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sponsor</source>
        <translation>Patrocinador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Going</source>
        <translation>Asistirá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waitlist</source>
        <translation>Lista de espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not going</source>
        <translation>No asistirá</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited</source>
        <translation>Invitado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by hand</source>
        <translation>Añadido a mano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file</source>
        <translation>Archivo CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in</source>
        <translation>Sin inscripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSVP</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Said they were going but did not come to two or more past events.</source>
        <translation>Se inscribió pero no vino a dos o más eventos anteriores.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edited by hand (kept on re-import): %s</source>
        <translation>Editado a mano (se conserva al reimportar): %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (repeat no-show)</source>
        <translation> (ausente habitual)</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>Choose a value</source>
        <translation>Elige un valor</translation>
    </message>
</context>
<context>
    <name>AttendeesPage</name>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="+131"/>
        <source>Attendance numbers</source>
        <translation>Cifras de asistencia</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by name, email or company</source>
        <translation>Filtrar por nombre, correo o empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter attendees</source>
        <translation>Filtrar asistentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only</source>
        <translation>Mostrar solo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Going</source>
        <translation>Asistirán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waitlist</source>
        <translation>En lista de espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited, not registered</source>
        <translation>Invitado, sin inscribirse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not going</source>
        <translation>No asistirán</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>Con check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked in yet</source>
        <translation>Aún sin check-in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import attendees from a CSV file</source>
        <translation>Importar asistentes desde un archivo CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or drop a CSV file onto this page</source>
        <translation>O arrastra un archivo CSV a esta página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export attendees as CSV</source>
        <translation>Exportar asistentes como CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an attendee by hand</source>
        <translation>Añadir un asistente a mano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected attendee</source>
        <translation>Editar el asistente seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected attendee</source>
        <translation>Eliminar el asistente seleccionado</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+59"/>
        <source>Attendees</source>
        <translation>Asistentes</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+67"/>
        <source>No attendees yet. Import the RSVP export from Meetup, Eventbrite or Luma.</source>
        <translation>Todavía no hay asistentes. Importa la exportación de inscripciones de Meetup, Eventbrite o Luma.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Choose an event to see its attendees.</source>
        <translation>Elige un evento para ver sus asistentes.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;%1&lt;/b&gt; going</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; inscritos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; checked in</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; llegaron</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on the waitlist</source>
        <translation>%1 en lista de espera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 not going</source>
        <translation>%1 no asistirán</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>capacity %1</source>
        <translation>aforo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no-show rate %1%</source>
        <translation>tasa de ausencia %1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>⚠ %n repeat no-show(s)</source>
        <translation>
            <numerusform>⚠ %n ausente habitual</numerusform>
            <numerusform>⚠ %n ausentes habituales</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Import: %1</source>
        <translation>Importación: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Exported %n attendee(s) to %1</source>
        <translation>
            <numerusform>%n asistente exportado a %1</numerusform>
            <numerusform>%n asistentes exportados a %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+10"/>
        <source>Delete attendee</source>
        <translation>Eliminar asistente</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Delete %1 from this event? A later import adds them again.</source>
        <translation>¿Eliminar a %1 de este evento? Una importación posterior lo volverá a añadir.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+10"/>
        <source>Export attendees</source>
        <translation>Exportar asistentes</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="+53"/>
        <location line="+1"/>
        <source>Back up or restore</source>
        <translation>Copia de seguridad o restauración</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A backup is a complete copy of this database: events, people, checklists and speaker photos. Stream keys are never stored, so never backed up. Give a backup file to a co-organiser to hand the event over.</source>
        <translation>Una copia de seguridad es una copia completa de esta base de datos: eventos, personas, checklists y fotos de ponentes. Las claves de emisión nunca se guardan, así que nunca entran en una copia. Para pasar el evento a otra persona de la organización, dale un archivo de copia.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Back up now…</source>
        <translation>Hacer una copia &amp;ahora…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now</source>
        <translation>Hacer una copia ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from a file…</source>
        <translation>&amp;Restaurar desde un archivo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from a file</source>
        <translation>Restaurar desde un archivo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups kept beside this database (newest first):</source>
        <translation>Copias guardadas junto a esta base de datos (las más recientes primero):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept backups</source>
        <translation>Copias guardadas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore &amp;selected…</source>
        <translation>Restaurar la &amp;seleccionada…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected backup</source>
        <translation>Restaurar la copia seleccionada</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This is a shared PostgreSQL database: it is backed up on its server (pg_dump), not from here.</source>
        <translation>Esta es una base de datos PostgreSQL compartida: la copia se hace en su servidor (pg_dump), no desde aquí.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>automatic</source>
        <translation>automática</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manual</source>
        <translation>manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>antes de una restauración</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>before an upgrade</source>
        <translation>antes de una actualización</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back up to</source>
        <translation>Guardar la copia en</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Meetup Organiser backups (*.sqlite);;All files (*)</source>
        <translation>Copias de Meetup Organiser (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Backed up and verified: %1</source>
        <translation>Copia hecha y verificada: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore from</source>
        <translation>Restaurar desde</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restore this backup?</source>
        <translation>¿Restaurar esta copia?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace everything in %1 with the backup %2?

The current data is kept in the backups folder first, so this can be undone by restoring that copy.</source>
        <translation>¿Sustituir todo el contenido de %1 por la copia %2?

Los datos actuales se guardan antes en la carpeta de copias, así que se puede volver atrás restaurando esa copia.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Restored from %1. The data it replaced is kept in %2.</source>
        <translation>Restaurado desde %1. Los datos sustituidos se guardan en %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(nothing: the database was empty)</source>
        <translation>(nada: la base de datos estaba vacía)</translation>
    </message>
</context>
<context>
    <name>BadgeLayoutDialog</name>
    <message>
        <location filename="../../ui/dialogs/badge_layout_dialog.py" line="+38"/>
        <source>New label sheet</source>
        <translation>Nueva hoja de etiquetas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layout name</source>
        <translation>Nombre del formato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. club-badges</source>
        <translation>p. ej. credenciales-club</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper size</source>
        <translation>Tamaño del papel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page width</source>
        <translation>Ancho de página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page height</source>
        <translation>Alto de página</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge width</source>
        <translation>Ancho de la credencial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge height</source>
        <translation>Alto de la credencial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left margin</source>
        <translation>Margen izquierdo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top margin</source>
        <translation>Margen superior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap between columns</source>
        <translation>Separación entre columnas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap between rows</source>
        <translation>Separación entre filas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corner radius</source>
        <translation>Radio de las esquinas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page si&amp;ze:</source>
        <translation>Tamaño de &amp;página:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Badge size:</source>
        <translation>Tamaño de la &amp;credencial:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Grid (columns × rows):</source>
        <translation>&amp;Cuadrícula (columnas × filas):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Margins (left, top):</source>
        <translation>&amp;Márgenes (izquierdo, superior):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>G&amp;aps (across, down):</source>
        <translation>&amp;Separaciones (horizontal, vertical):</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Corner radius:</source>
        <translation>Radio de las &amp;esquinas:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem with the layout</source>
        <translation>Problema con el formato</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layout summary</source>
        <translation>Resumen del formato</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 badges per sheet; right margin %2 mm, bottom margin %3 mm.</source>
        <translation>%1 credenciales por hoja; margen derecho %2 mm, margen inferior %3 mm.</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../../ui/camera_scanner.py" line="+39"/>
        <source>Camera status</source>
        <translation>Estado de la cámara</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading codes needs the zxing-cpp package; scan or type instead.</source>
        <translation>Para leer códigos hace falta el paquete zxing-cpp; usa el lector o escribe el nombre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The camera needs Qt Multimedia (the PySide6-Addons package); scan with a USB scanner or type the name instead.</source>
        <translation>La cámara necesita Qt Multimedia (el paquete PySide6-Addons); usa un lector USB o escribe el nombre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No camera found; scan with a USB scanner or type the name instead.</source>
        <translation>No se encontró ninguna cámara; usa un lector USB o escribe el nombre.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hold the badge or the phone&apos;s ticket up to the camera.</source>
        <translation>Acerca la credencial o la entrada del móvil a la cámara.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The camera cannot be used (%1); scan or type instead.</source>
        <translation>No se puede usar la cámara (%1); usa el lector o escribe el nombre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access refused</source>
        <translation>acceso denegado</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not read that frame (%1).</source>
        <translation>No se pudo leer esta imagen (%1).</translation>
    </message>
</context>
<context>
    <name>CapacityBar</name>
    <message>
        <location filename="../../ui/widgets/capacity_bar.py" line="+22"/>
        <source>RSVPs against capacity</source>
        <translation>Inscripciones frente al aforo</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 going of %2 places</source>
        <translation>%1 inscritos de %2 plazas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 going, no capacity set</source>
        <translation>%1 inscritos, sin aforo indicado</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n on the waiting list</source>
        <translation>
            <numerusform>%n en lista de espera</numerusform>
            <numerusform>%n en lista de espera</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../../ui/pages/checkin_page.py" line="+536"/>
        <location line="+93"/>
        <source>Check in %1</source>
        <translation>Check-in de %1</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+93"/>
        <source>Check-in of %1 undone.</source>
        <translation>Check-in de %1 deshecho.</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Walk-in %1</source>
        <translation>Sin inscripción: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>✓ Walk-in %1 added again.</source>
        <translation>✓ %1 (sin inscripción) añadido de nuevo.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Walk-in %1 taken off the list.</source>
        <translation>%1 (sin inscripción) quitado de la lista.</translation>
    </message>
    <message>
        <location line="-654"/>
        <source>Scan result</source>
        <translation>Resultado del escaneo</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Checked in, going and capacity</source>
        <translation>Llegados, inscritos y aforo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan a ticket, or type part of a name or email…</source>
        <translation>Escanea una entrada o escribe parte de un nombre o correo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a person</source>
        <translation>Buscar a una persona</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matching people</source>
        <translation>Personas encontradas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last action</source>
        <translation>Última acción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check in  (Enter)</source>
        <translation>Check-in  (Intro)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in the highlighted person</source>
        <translation>Hacer el check-in de la persona resaltada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo  (Ctrl+Z)</source>
        <translation>Deshacer  (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last check-in or walk-in</source>
        <translation>Deshacer el último check-in o la última persona sin inscripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in…  (Ctrl+N)</source>
        <translation>Sin inscripción…  (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add someone who is not on the list</source>
        <translation>Añadir a alguien que no está en la lista</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint badge  (Ctrl+P)</source>
        <translation>Reimprimir credencial  (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint the highlighted person&apos;s badge</source>
        <translation>Reimprimir la credencial de la persona resaltada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Cámara</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan codes with this computer&apos;s camera</source>
        <translation>Leer los códigos con la cámara de este ordenador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Door mode  (F11)</source>
        <translation>Modo entrada  (F11)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen, large type, for volunteers at the door</source>
        <translation>Pantalla completa, letra grande, para el voluntariado de la entrada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badge printing is not available in this version.</source>
        <translation>La impresión de credenciales no está disponible en esta versión.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Badge layout for reprints</source>
        <translation>Formato de credencial para reimpresiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label sheet or badge printer used for reprints</source>
        <translation>Hoja de etiquetas o impresora de credenciales para reimpresiones</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reprint on:</source>
        <translation>Reimprimir en:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Choose an event to check people in.</source>
        <translation>Elige un evento para hacer el check-in.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>%1 checked in  /  %2 going</source>
        <translation>%1 llegaron  /  %2 inscritos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  /  guests %1 of %2</source>
        <translation>  /  acompañantes %1 de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  /  %1 capacity</source>
        <translation>  /  aforo %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>✓ checked in %1</source>
        <translation>✓ check-in a las %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waitlist</source>
        <translation>lista de espera</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>said not going</source>
        <translation>dijo que no vendría</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Nobody matches “%1”. Press Ctrl+N to add a walk-in.</source>
        <translation>Nadie coincide con «%1». Pulsa Ctrl+N para añadir a alguien sin inscripción.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Checked in: %1</source>
        <translation>Registrado: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(+%n guest(s))</source>
        <translation>
            <numerusform>(+%n invitado)</numerusform>
            <numerusform>(+%n invitados)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already checked in: %1 at %2</source>
        <translation>Ya registrado: %1 a las %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled ticket: %1</source>
        <translation>Entrada cancelada: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not on the list</source>
        <translation>No está en la lista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This ticket is for %1</source>
        <translation>Esta entrada es para %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This ticket is for another event</source>
        <translation>Esta entrada es para otro evento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n people hold this code: %1. Check them in by name.</source>
        <translation>
            <numerusform>%n persona tiene este código: %1. Regístrala por su nombre.</numerusform>
            <numerusform>%n personas tienen este código: %1. Regístralas por su nombre.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is %1 characters: too long to be a ticket code.</source>
        <translation>Son %1 caracteres: demasiado largo para un código de entrada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That contact card has no name or email to look up.</source>
        <translation>Esta tarjeta de contacto no tiene nombre ni correo que buscar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not a ticket code (unreadable characters).</source>
        <translation>Esto no es un código de entrada (caracteres ilegibles).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Printing the badge for %1…</source>
        <translation>Imprimiendo la credencial de %1…</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>✓ Walk-in %1 added and checked in.</source>
        <translation>✓ %1 (sin inscripción) añadido y con check-in.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Highlight a person first, then reprint the badge.</source>
        <translation>Resalta primero a una persona y luego reimprime la credencial.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Badge printing is not available in this version of Meetup Organiser; write the name on a blank badge.</source>
        <translation>La impresión de credenciales no está disponible en esta versión de Meetup Organiser; escribe el nombre en una credencial en blanco.</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../ui/models/checklist_model.py" line="+41"/>
        <source>Overdue</source>
        <translation>Atrasadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late start (already past due when planning began)</source>
        <translation>Inicio tardío (ya vencidas cuando empezó la organización)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due this week</source>
        <translation>Vencen esta semana</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Más adelante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hechas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remote</source>
        <translation>en remoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note: </source>
        <translation>Nota: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not done</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Speaker</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>on site</source>
        <translation>presencial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not needed</source>
        <translation>no necesario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+211"/>
        <source>Item</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Due</source>
        <translation>Vence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done at</source>
        <translation>Hecha el</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
</context>
<context>
    <name>ChecklistOverviewPanel</name>
    <message>
        <location filename="../../ui/pages/checklist_page.py" line="+636"/>
        <source>Checklist progress for the event</source>
        <translation>Progreso de la checklist del evento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next checklist items due</source>
        <translation>Próximas tareas de la checklist</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Speaker readiness</source>
        <translation>Preparación de los ponentes</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next due</source>
        <translation>Próximos vencimientos</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{0} of {1} done ({2}%)</source>
        <translation>{0} de {1} hechas ({2}&#xa0;%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (overdue)</source>
        <translation> (atrasada)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing left to do.</source>
        <translation>No queda nada por hacer.</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location line="-177"/>
        <source>Tick “{0}”</source>
        <translation>Marcar «{0}»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Untick “{0}”</source>
        <translation>Desmarcar «{0}»</translation>
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
        <translation>Progreso de la checklist del evento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show items assigned to</source>
        <translation>Mostrar tareas asignadas a</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklist template to apply</source>
        <translation>Plantilla de checklist que aplicar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Apply</source>
        <translation>&amp;Aplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the chosen template to this event</source>
        <translation>Aplicar la plantilla elegida a este evento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit &amp;templates…</source>
        <translation>Editar &amp;plantillas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit checklist templates</source>
        <translation>Editar las plantillas de checklist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaker &amp;briefing PDF…</source>
        <translation>&amp;Briefing de ponentes en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the speaker briefing PDF</source>
        <translation>Guardar el PDF del briefing de ponentes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sho&amp;w:</source>
        <translation>Mos&amp;trar:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Te&amp;mplate:</source>
        <translation>Pla&amp;ntilla:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete their items</source>
        <translation>Eliminar sus tareas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the items of the departed speaker</source>
        <translation>Eliminar las tareas del ponente que ya no está</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as event items</source>
        <translation>Conservarlas como tareas del evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the departed speaker&apos;s items</source>
        <translation>Conservar las tareas del ponente que ya no está</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This event has no checklist yet. The recommended templates add dated items for the meetup, its venue, its stream and each speaker.</source>
        <translation>Este evento aún no tiene checklist. Las plantillas recomendadas añaden tareas con fecha para el meetup, su sede, su emisión y cada ponente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the &amp;recommended checklists</source>
        <translation>Añadir las checklists &amp;recomendadas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the recommended checklists</source>
        <translation>Añadir las checklists recomendadas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checklist items by when they are due</source>
        <translation>Tareas de la checklist por vencimiento</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Speaker readiness: speakers and their items</source>
        <translation>Preparación de ponentes: ponentes y sus tareas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Items</source>
        <translation>Tareas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker readiness</source>
        <translation>Preparación de los ponentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Tarea</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Assignee</source>
        <translation>Asignada a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does it</source>
        <translation>Quién se encarga</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note for the team</source>
        <translation>Una nota para el equipo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save assignee and note</source>
        <translation>Guardar asignación y nota</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+278"/>
        <source>Mark &amp;done</source>
        <translation>Marcar como &amp;hecha</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>Mark the item done or not done</source>
        <translation>Marcar la tarea como hecha o pendiente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assi&amp;gnee:</source>
        <translation>&amp;Asignada a:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ota:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Speakers</source>
        <translation>Ponentes</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose an event to see its checklist.</source>
        <translation>Elige un evento para ver su checklist.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{0} of {1} done ({2}%)</source>
        <translation>{0} de {1} hechas ({2}&#xa0;%)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assigned</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recommended for this event</source>
        <translation>Recomendadas para este evento</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No speakers on the agenda yet.</source>
        <translation>Aún no hay ponentes en el programa.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remote</source>
        <translation>en remoto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on site</source>
        <translation>presencial</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} of {1}</source>
        <translation>{0} de {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist progress for {0}</source>
        <translation>Progreso de la checklist de {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} is no longer on the agenda but still has {1} open and {2} done checklist items. What should happen to them?</source>
        <translation>{0} ya no está en el programa pero aún tiene {1} tareas pendientes y {2} hechas en la checklist. ¿Qué hacemos con ellas?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose an item to see why it matters.</source>
        <translation>Elige una tarea para ver por qué importa.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>owner: {0}</source>
        <translation>responsable: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>due {0}</source>
        <translation>vence {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done {0}</source>
        <translation>hecha {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark not &amp;done</source>
        <translation>Marcar como &amp;pendiente</translation>
    </message>
    <message numerus="yes">
        <location line="+98"/>
        <source>Briefing saved: %n page(s) in {0}</source>
        <translation>
            <numerusform>Briefing guardado: %n página en {0}</numerusform>
            <numerusform>Briefing guardado: %n páginas en {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Making the briefing…</source>
        <translation>Preparando el briefing…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker briefing</source>
        <translation>Briefing de ponentes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save speaker briefing</source>
        <translation>Guardar el briefing de ponentes</translation>
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
        <translation>Título</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts</source>
        <translation>Inicio</translation>
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
        <translation>Inscritos</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="-9"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers</source>
        <translation>Ponentes</translation>
    </message>
    <message>
        <location filename="../../ui/models/speakers_model.py" line="+13"/>
        <source>Remote</source>
        <translation>En remoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On site</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/models/venues_model.py" line="+13"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliation</source>
        <translation>Afiliación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home zone</source>
        <translation>Zona de residencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joins</source>
        <translation>Participa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location filename="../../ui/models/venues_model.py" line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capacity</source>
        <translation>Aforo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
</context>
<context>
    <name>CopyEventDialog</name>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="+371"/>
        <source>New event from this one</source>
        <translation>Nuevo evento a partir de este</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copies the venue, format, agenda, speakers and stream links. Attendees and checklist ticks start empty.</source>
        <translation>Copia la sede, el formato, el programa, los ponentes y los enlaces de emisión. Los asistentes y las marcas de la checklist empiezan vacíos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Starts (%1):</source>
        <translation>&amp;Inicio (%1):</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy event “%1”</source>
        <translation>Copiar el evento «%1»</translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="+24"/>
        <source>Countdown</source>
        <translation>Cuenta atrás</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>days</source>
        <translation>días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>until the doors open</source>
        <translation>para la apertura de puertas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Happening now: until the end</source>
        <translation>En curso: hasta el final</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Ended %n day(s) ago</source>
        <translation>
            <numerusform>Terminó hace %n día</numerusform>
            <numerusform>Terminó hace %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended today</source>
        <translation>Terminó hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No event selected</source>
        <translation>Ningún evento seleccionado</translation>
    </message>
</context>
<context>
    <name>DateTimeRow</name>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="-329"/>
        <source>%1 date</source>
        <translation>%1: fecha</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 time</source>
        <translation>%1: hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: which of the repeated hour</source>
        <translation>%1: cuál de las dos horas repetidas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clocks go back that night, so this time happens twice. Pick one.</source>
        <translation>Esa noche se atrasan los relojes una hora, así que esta hora ocurre dos veces. Elige una.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>earlier (%1)</source>
        <translation>la primera (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>later (%1)</source>
        <translation>la segunda (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which one?</source>
        <translation>¿cuál?</translation>
    </message>
</context>
<context>
    <name>DoorModeWindow</name>
    <message>
        <location filename="../../ui/pages/door_mode.py" line="+42"/>
        <location line="+1"/>
        <source>Door mode</source>
        <translation>Modo entrada</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checked in, going and guests</source>
        <translation>Llegados, inscritos y acompañantes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrivals per 10 minutes</source>
        <translation>Llegadas cada 10 minutos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan a ticket or type a name…</source>
        <translation>Escanea una entrada o escribe un nombre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan or find a person</source>
        <translation>Escanear o buscar a una persona</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matching people</source>
        <translation>Personas encontradas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter checks in  ·  ↑ ↓ pick a name  ·  Ctrl+Z undoes the last check-in  ·  Esc leaves door mode</source>
        <translation>Intro hace el check-in  ·  ↑ ↓ elige un nombre  ·  Ctrl+Z deshace el último check-in  ·  Esc sale del modo entrada</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 checked in  /  %2 going</source>
        <translation>%1 llegaron  /  %2 inscritos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  /  guests %1 of %2</source>
        <translation>  /  acompañantes %1 de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(door name: Preferences)</source>
        <translation>(nombre de la entrada: Preferencias)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrivals per 10 minutes: none yet</source>
        <translation>Llegadas cada 10 minutos: aún ninguna</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrivals per 10 minutes:</source>
        <translation>Llegadas cada 10 minutos:</translation>
    </message>
</context>
<context>
    <name>DoorPrinting</name>
    <message>
        <location filename="../../ui/door_printing.py" line="+38"/>
        <source>Printer “%1” was not found; choose another in Preferences.</source>
        <translation>No se encontró la impresora «%1»; elige otra en Preferencias.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No default printer is set; choose one in Preferences.</source>
        <translation>No hay impresora predeterminada; elige una en Preferencias.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer “%1” could not start the job.</source>
        <translation>La impresora «%1» no pudo iniciar el trabajo.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge sent to %1.</source>
        <translation>Credencial enviada a %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge not printed (the check-in is saved): %1</source>
        <translation>Credencial no impresa (el check-in está guardado): %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing a badge</source>
        <translation>Impresión de una credencial</translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <location filename="../../ui/widgets/due_list.py" line="+23"/>
        <source>Next checklist items</source>
        <translation>Próximas tareas de la checklist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing due</source>
        <translation>Nada pendiente</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no date</source>
        <translation>sin fecha</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>atrasada %n día</numerusform>
            <numerusform>atrasada %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>due today</source>
        <translation>vence hoy</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>vence en %n día</numerusform>
            <numerusform>vence en %n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing due: all caught up.</source>
        <translation>Nada pendiente: todo al día.</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../ui/dialogs/editor.py" line="+33"/>
        <source>Error</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>EventDelegate</name>
    <message>
        <location filename="../../ui/models/event_delegate.py" line="+49"/>
        <source>PAST EVENTS</source>
        <translation>EVENTOS ANTERIORES</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="+40"/>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit event</source>
        <translation>Editar evento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. ML Rome #43: Vision on the edge</source>
        <translation>p. ej. ML Madrid #43: Visión en el borde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>Fi&amp;n:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. America/New_York, Asia/Kolkata</source>
        <translation>p. ej. America/New_York, Asia/Kolkata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also show times in:</source>
        <translation>Mostrar también las horas en:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Format:</source>
        <translation>F&amp;ormato:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Announced</source>
        <translation>Anunciado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stat&amp;us:</source>
        <translation>Es&amp;tado:</translation>
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
        <translation>Nueva sede…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New venue</source>
        <translation>Nueva sede</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Sede:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as the venue</source>
        <translation>Igual que la sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capacity:</source>
        <translation>&amp;Aforo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organiser:</source>
        <translation>Organización:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organiser email:</source>
        <translation>Correo de la organización:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organiser phone:</source>
        <translation>Teléfono de la organización:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Badges, the printed agenda, briefings, announcements and exports use it.</source>
        <translation>La usan las credenciales, el programa impreso, los briefings, los anuncios y las exportaciones.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output &amp;language:</source>
        <translation>&amp;Idioma de los documentos:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Dates and times below are wall-clock times in %1 (%2 today).</source>
        <translation>Las fechas y horas de abajo son la hora local de %1 (%2 hoy).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the zone the event happens in.</source>
        <translation>Elige la zona horaria en la que se celebra el evento.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No venue (online)</source>
        <translation>Sin sede (en línea)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Create event “%1”</source>
        <translation>Crear el evento «%1»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit event “%1”</source>
        <translation>Editar el evento «%1»</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../ui/pages/events_page.py" line="+23"/>
        <source>&lt;h2&gt;All events&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Todos los eventos&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by date, format or turnout; open one to work on it.</source>
        <translation>Ordena por fecha, formato o asistencia; abre uno para trabajar en él.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search by title, venue or format</source>
        <translation>Buscar por título, sede o formato</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New event from &amp;this one…</source>
        <translation>Nuevo evento a partir de es&amp;te…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete event</source>
        <translation>Eliminar evento</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="+83"/>
        <source>Choose the RSVP export</source>
        <translation>Elegir la exportación de inscripciones</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV file from Meetup, Eventbrite, Luma or any spreadsheet. You can also drop the file here.</source>
        <translation>Un archivo CSV de Meetup, Eventbrite, Luma o de cualquier hoja de cálculo. También puedes arrastrar aquí el archivo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File to import</source>
        <translation>Archivo que importar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path to a .csv file</source>
        <translation>Ruta de un archivo .csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for a file</source>
        <translation>Buscar un archivo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem with the file</source>
        <translation>Problema con el archivo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import attendees</source>
        <translation>Importar asistentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.tsv *.txt);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../../ui/models/events_model.py" line="-23"/>
        <source>In person</source>
        <translation>Presencial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid</source>
        <translation>Híbrido</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="+124"/>
        <source>Report a problem</source>
        <translation>Informar de un problema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a problem report</source>
        <translation>Guardar un informe de problema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip files (*.zip)</source>
        <translation>Archivos zip (*.zip)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot write %1: %2.</source>
        <translation>No se puede escribir %1: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1.

It holds the program&apos;s versions, your system&apos;s name and the log file, but no names, addresses or other data from your meetups. Attach it to a new issue on the project&apos;s page.</source>
        <translation>%1 guardado.

Contiene las versiones del programa, el nombre de tu sistema y el archivo de registro, pero ningún nombre, dirección ni otro dato de tus meetups. Adjúntalo a una nueva incidencia en la página del proyecto.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open the issue page</source>
        <translation>Abrir la página de incidencias</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="+264"/>
        <location line="+1"/>
        <source>Import attendees</source>
        <translation>Importar asistentes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Importación cancelada; no se ha cambiado nada.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importing attendees…</source>
        <translation>Importando asistentes…</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="-34"/>
        <source>Talk</source>
        <translation>Charla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panel</source>
        <translation>Mesa redonda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Break</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Networking</source>
        <translation>Networking</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lightning talks</source>
        <translation>Charlas relámpago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
</context>
<context>
    <name>LineUp</name>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="+42"/>
        <source>Speakers of this session</source>
        <translation>Ponentes de esta sesión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move speaker up</source>
        <translation>Subir ponente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move speaker down</source>
        <translation>Bajar ponente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove speaker from session</source>
        <translation>Quitar al ponente de la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from this session</source>
        <translation>Quitar de esta sesión</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Speaker to add</source>
        <translation>Ponente que añadir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaker</source>
        <translation>Ponente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moderator</source>
        <translation>Moderador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Panellist</source>
        <translation>Panelista</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add speaker to session</source>
        <translation>Añadir ponente a la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New speaker…</source>
        <translation>Nuevo ponente…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>speaker</source>
        <translation>ponente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moderator</source>
        <translation>moderador</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>panellist</source>
        <translation>panelista</translation>
    </message>
</context>
<context>
    <name>ListingPanel</name>
    <message>
        <location filename="../../ui/pages/listing.py" line="+67"/>
        <location line="+3"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+65"/>
        <location filename="../../ui/pages/overview_page.py" line="+52"/>
        <source>Overview</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda</source>
        <translation>Programa</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/pages/speakers_page.py" line="+42"/>
        <source>Speakers</source>
        <translation>Ponentes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Venue &amp; Stream</source>
        <translation>Sede y emisión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attendees</source>
        <translation>Asistentes</translation>
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
        <translation>Imprimir</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/pages/venues_page.py" line="+20"/>
        <source>Venues</source>
        <translation>Sedes</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/pages/speakers_page.py" line="+203"/>
        <source>Speaker library</source>
        <translation>Todos los ponentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/pages/events_page.py" line="-17"/>
        <source>All events</source>
        <translation>Todos los eventos</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Pages</source>
        <translation>Páginas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EVENT</source>
        <translation>EVENTO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LIBRARY</source>
        <translation>BIBLIOTECA</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+1"/>
        <source>Search events</source>
        <translation>Buscar eventos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>Buscar</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selected event</source>
        <translation>Evento seleccionado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening the database…</source>
        <translation>Abriendo la base de datos…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nuevo evento…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Abrir base de datos…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;database…</source>
        <translation>Nueva &amp;base de datos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a &amp;team database…</source>
        <translation>Conectar a una base de datos del &amp;equipo…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back up or &amp;restore…</source>
        <translation>&amp;Copia de seguridad o restauración…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Hacer una copia ahora…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import schedule…</source>
        <translation>&amp;Importar programa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport schedule…</source>
        <translation>E&amp;xportar programa…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primir…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pre&amp;ferencias…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eve&amp;nt</source>
        <translation>E&amp;vento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit event…</source>
        <translation>&amp;Editar evento…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New event from &amp;this one…</source>
        <translation>Nuevo evento a partir de es&amp;te…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete event…</source>
        <translation>E&amp;liminar evento…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a &amp;series…</source>
        <translation>Crear una &amp;serie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a time s&amp;lot…</source>
        <translation>Buscar un &amp;horario…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Speakers</source>
        <translation>&amp;Ponentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write to speakers…</source>
        <translation>&amp;Escribir a los ponentes…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>Ve&amp;r</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>A&amp;tajos de teclado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report a problem…</source>
        <translation>Informar de un &amp;problema…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Meetup Organiser</source>
        <translation>&amp;Acerca de Meetup Organiser</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Choose an event to import attendees into.</source>
        <translation>Elige un evento al que importar los asistentes.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Database: %1</source>
        <translation>Base de datos: %1</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working</source>
        <translation>Trabajando</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Undone: %1</source>
        <translation>Deshecho: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: %1</source>
        <translation>Hecho: %1</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Open a database</source>
        <translation>Abrir una base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetup Organiser databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases de datos de Meetup Organiser (*.sqlite *.db);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New database</source>
        <translation>Nueva base de datos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetup Organiser databases (*.sqlite)</source>
        <translation>Bases de datos de Meetup Organiser (*.sqlite)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Team database</source>
        <translation>Base de datos del equipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL address, e.g. postgresql+psycopg://user@server/meetups</source>
        <translation>Dirección PostgreSQL, p. ej. postgresql+psycopg://usuario@servidor/meetups</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open database</source>
        <translation>Abrir base de datos</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Cannot lock %1: %2.</source>
        <translation>No se puede bloquear %1: %2.</translation>
    </message>
</context>
<context>
    <name>MakeSeriesDialog</name>
    <message>
        <location filename="../../ui/dialogs/series_dialog.py" line="+86"/>
        <source>Make a series</source>
        <translation>Crear una serie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New events after “%1”: same venue, stream links (no keys), agenda skeleton and checklists, re-dated. Each stays independent.</source>
        <translation>Nuevos eventos después de «%1»: misma sede, enlaces de emisión (sin claves), esqueleto del programa y checklists, con nuevas fechas. Cada uno es independiente.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How often</source>
        <translation>Cada cuánto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Every:</source>
        <translation>&amp;Cada:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many new events</source>
        <translation>Cuántos eventos nuevos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New events:</source>
        <translation>&amp;Eventos nuevos:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time zones to rotate through</source>
        <translation>Zonas horarias en rotación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rotate zones:</source>
        <translation>&amp;Zonas en rotación:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local start time</source>
        <translation>Hora de inicio local</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Local start:</source>
        <translation>Inicio &amp;local:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Local start</source>
        <translation>Inicio local</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The events to be made</source>
        <translation>Los eventos que se crearán</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Make the events</source>
        <translation>&amp;Crear los eventos</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 new events.</source>
        <translation>%1 eventos nuevos.</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Make a series of %1 events</source>
        <translation>Crear una serie de %1 eventos</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../ui/ops.py" line="+62"/>
        <source>Something went wrong (%1); nothing was changed. Details are in the log.</source>
        <translation>Algo ha fallado (%1); no se ha cambiado nada. Los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="+35"/>
        <source>Event title</source>
        <translation>Título del evento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit event…</source>
        <translation>Editar evento…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New event from this one…</source>
        <translation>Nuevo evento a partir de este…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete event</source>
        <translation>Eliminar evento</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Countdown</source>
        <translation>Cuenta atrás</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Venue and RSVPs</source>
        <translation>Sede e inscripciones</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Attendance over recent events</source>
        <translation>Asistencia a los últimos eventos</translation>
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
        <translation>Preparación de los ponentes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an event in the sidebar, or create one with File ▸ New event.</source>
        <translation>Elige un evento en la barra lateral o crea uno con Archivo ▸ Nuevo evento.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announced</source>
        <translation>Anunciado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sessions</source>
        <translation>sesiones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speakers</source>
        <translation>ponentes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>going</source>
        <translation>inscritos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>going (%1 guests)</source>
        <translation>inscritos (%1 acompañantes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>checked in</source>
        <translation>llegaron</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Online only</source>
        <translation>Solo en línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No room to book; RSVPs count against the event&apos;s limit.</source>
        <translation>No hay sala que reservar; las inscripciones cuentan para el límite del evento.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No venue yet</source>
        <translation>Aún sin sede</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one in Library ▸ Venues or in Edit event.</source>
        <translation>Elige una en Biblioteca ▸ Sedes o en Editar evento.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n stream link(s)</source>
        <translation>
            <numerusform>%n enlace de emisión</numerusform>
            <numerusform>%n enlaces de emisión</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no stream link yet</source>
        <translation>aún sin enlace de emisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>venue closes at %1</source>
        <translation>la sede cierra a las %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="+34"/>
        <source>Protect stream keys with a passphrase</source>
        <translation>Proteger las claves de emisión con una frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock the stream keys</source>
        <translation>Desbloquear las claves de emisión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer has no keyring. Stream keys will be kept in a file encrypted with a passphrase you choose now; you will be asked for it once each time the app starts. Without it they are forgotten when you close the app.</source>
        <translation>Este ordenador no tiene llavero. Las claves de emisión se guardarán en un archivo cifrado con una frase de contraseña que eliges ahora; se te pedirá una vez cada vez que se abra el programa. Sin ella, las claves se olvidan al cerrar el programa.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the passphrase of the stream key file to use the keys saved on this computer.</source>
        <translation>Escribe la frase de contraseña del archivo de claves de emisión para usar las claves guardadas en este ordenador.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>Frase de contraseña</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frase de contraseña:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Repetir la frase de contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two passphrases differ; type them again.</source>
        <translation>Las dos frases de contraseña no coinciden; escríbelas de nuevo.</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="+73"/>
        <source>Photo preview</source>
        <translation>Vista previa de la foto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose photo…</source>
        <translation>Elegir foto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose photo</source>
        <translation>Elegir foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove photo</source>
        <translation>Quitar foto</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A photo is set</source>
        <translation>Hay una foto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No photo</source>
        <translation>Sin foto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a photo</source>
        <translation>Elige una foto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="+32"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Tema:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new language shows fully after restarting the program; a new theme shows at once.</source>
        <translation>Un idioma nuevo se ve completo tras reiniciar el programa; un tema nuevo se ve al momento.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>e.g. Door 1, Main entrance</source>
        <translation>p. ej. Puerta 1, Entrada principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Door name of this laptop</source>
        <translation>Nombre de la entrada de este portátil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Door name:</source>
        <translation>Nombre de la &amp;entrada:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer for badges at the door</source>
        <translation>Impresora de credenciales en la entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system&apos;s default printer</source>
        <translation>La impresora predeterminada del sistema</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (not found now)</source>
        <translation>%1 (no encontrada ahora)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge &amp;printer:</source>
        <translation>&amp;Impresora de credenciales:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label layout for badges at the door</source>
        <translation>Formato de etiquetas de credenciales en la entrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the Check-in page</source>
        <translation>Igual que en la página Check-in</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Label la&amp;yout:</source>
        <translation>F&amp;ormato de etiquetas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a badge at each check-in</source>
        <translation>Imprimir una credencial en cada check-in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a blank “Guest of NAME” badge per guest</source>
        <translation>Con una credencial en blanco «Acompañante de NOMBRE» por acompañante</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="-396"/>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pronouns</source>
        <translation>Pronombres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSVP / status</source>
        <translation>Respuesta / estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended (yes/no)</source>
        <translation>Asistió (sí/no)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in time</source>
        <translation>Hora del check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID in the source</source>
        <translation>ID en el origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guests</source>
        <translation>Acompañantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other CSV</source>
        <translation>Otro CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma</source>
        <translation>coma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon</source>
        <translation>punto y coma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Check the columns</source>
        <translation>Revisa las columnas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was found in the file</source>
        <translation>Lo que se encontró en el archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format of the file</source>
        <translation>Formato del archivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding of the file</source>
        <translation>Codificación del archivo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First rows of the file</source>
        <translation>Primeras filas del archivo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace values I corrected by hand</source>
        <translation>Sustituir los valores que corregí a mano</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite manual edits</source>
        <translation>Sobrescribir los cambios manuales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which column holds what</source>
        <translation>Qué contiene cada columna</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problem with the import</source>
        <translation>Problema con la importación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format:</source>
        <translation>Formato:</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: rows of people: %2 · %3 · %4-separated.</source>
        <translation>%1: %2 filas de personas · %3 · separador %4.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>The columns you chose last time for this file are set.</source>
        <translation>Se han aplicado las columnas que elegiste la última vez para este archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is not from a platform the app knows: check which column holds the name and the email before importing.</source>
        <translation>Este archivo no viene de una plataforma que la aplicación conozca: revisa qué columna contiene el nombre y el correo antes de importar.</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../ui/pages/print_page.py" line="+68"/>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Label sheet</source>
        <translation>Hoja de etiquetas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add layout…</source>
        <translation>Añadir formato…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a custom label sheet</source>
        <translation>Añadir una hoja de etiquetas personalizada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start at label</source>
        <translation>Empezar en la etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First free label on a part-used sheet (1 = top-left)</source>
        <translation>Primera etiqueta libre de una hoja ya usada en parte (1 = arriba a la izquierda)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Only badges not printed yet</source>
        <translation>Solo las credenciales aún no impresas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QR code content</source>
        <translation>Contenido del código QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in token</source>
        <translation>Código de check-in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact card (vCard) for networking</source>
        <translation>Tarjeta de contacto (vCard) para el networking</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cut marks</source>
        <translation>Marcas de corte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logo image file</source>
        <translation>Archivo de imagen del logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No logo</source>
        <translation>Sin logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo…</source>
        <translation>Logo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a logo image</source>
        <translation>Elegir una imagen para el logo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Badges</source>
        <translation>Credenciales</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label sheet:</source>
        <translation>Hoja de &amp;etiquetas:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start at label:</source>
        <translation>&amp;Empezar en la etiqueta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;QR code:</source>
        <translation>Código &amp;QR:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ogo:</source>
        <translation>L&amp;ogo:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Horizontal offset in millimetres</source>
        <translation>Desplazamiento horizontal en milímetros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical offset in millimetres</source>
        <translation>Desplazamiento vertical en milímetros</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scale</source>
        <translation>Escala</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save calibration</source>
        <translation>Guardar calibración</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save printer calibration</source>
        <translation>Guardar la calibración de la impresora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calibration page…</source>
        <translation>Página de calibración…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a calibration page</source>
        <translation>Guardar una página de calibración</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+244"/>
        <source>Printer calibration</source>
        <translation>Calibración de la impresora</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Move &amp;right (mm):</source>
        <translation>Mover a la &amp;derecha (mm):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down (mm):</source>
        <translation>Mover hacia a&amp;bajo (mm):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;cale:</source>
        <translation>Es&amp;cala:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save PDF…</source>
        <translation>Guardar PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save badges as PDF</source>
        <translation>Guardar las credenciales en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+314"/>
        <location line="+9"/>
        <source>Print badges</source>
        <translation>Imprimir credenciales</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>Badge summary</source>
        <translation>Resumen de credenciales</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last action</source>
        <translation>Última acción</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preview of the first sheet</source>
        <translation>Vista previa de la primera hoja</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First sheet</source>
        <translation>Primera hoja</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 (custom)</source>
        <translation>%1 (personalizado)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose an event to print its badges.</source>
        <translation>Elige un evento para imprimir sus credenciales.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Badges: %1 · Sheets: %2</source>
        <translation>Credenciales: %1 · Hojas: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Badge logo</source>
        <translation>Logo de la credencial</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Calibration saved.</source>
        <translation>Calibración guardada.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save calibration page</source>
        <translation>Guardar página de calibración</translation>
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
        <translation>Página de calibración</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calibration page saved to %1.</source>
        <translation>Página de calibración guardada en %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Making badges…</source>
        <translation>Preparando las credenciales…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save badges</source>
        <translation>Guardar credenciales</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Saved %n badge(s) on %1 to %2.</source>
        <translation>
            <numerusform>%n credencial en %1 guardada en %2.</numerusform>
            <numerusform>%n credenciales en %1 guardadas en %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n hoja</numerusform>
            <numerusform>%n hojas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Sent %n badge(s) to the printer.</source>
        <translation>
            <numerusform>%n credencial enviada a la impresora.</numerusform>
            <numerusform>%n credenciales enviadas a la impresora.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The badge PDF could not be read back for printing.</source>
        <translation>No se pudo volver a leer el PDF de las credenciales para imprimirlo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printer could not be opened.</source>
        <translation>No se pudo abrir la impresora.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ui/problems.py" line="+24"/>
        <source>Something went wrong (%1). The details are in the log file:
%2</source>
        <translation>Algo salió mal (%1). Los detalles están en el archivo de registro:
%2</translation>
    </message>
</context>
<context>
    <name>ProgressRing</name>
    <message>
        <location filename="../../ui/widgets/progress.py" line="+20"/>
        <source>Checklist progress</source>
        <translation>Progreso de la checklist</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+34"/>
        <source>No checklist yet</source>
        <translation>Aún no hay checklist</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+31"/>
        <source>%1 of %2 done</source>
        <translation>%1 de %2 hechas</translation>
    </message>
    <message numerus="yes">
        <location line="-29"/>
        <location line="+39"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n atrasada</numerusform>
            <numerusform>%n atrasadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing overdue</source>
        <translation>Nada atrasado</translation>
    </message>
</context>
<context>
    <name>ReadinessGrid</name>
    <message>
        <location filename="../../ui/widgets/readiness_grid.py" line="+30"/>
        <source>Speaker readiness</source>
        <translation>Preparación de los ponentes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 speaker tasks done</source>
        <translation>%1 de %2 tareas de ponentes hechas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No speaker checklists yet</source>
        <translation>Aún no hay checklists de ponentes</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to do</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>atrasada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not asked</source>
        <translation>no solicitado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Speaker tasks appear here once the event has a checklist.</source>
        <translation>Las tareas de los ponentes aparecen aquí cuando el evento tiene una checklist.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(remote)</source>
        <translation>(en remoto)</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../../ui/recent.py" line="+33"/>
        <source>Open Re&amp;cent</source>
        <translation>Abrir &amp;recientes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This file is no longer there.</source>
        <translation>Este archivo ya no existe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No recent databases</source>
        <translation>No hay bases de datos recientes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear list</source>
        <translation>&amp;Borrar la lista</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="+82"/>
        <source>Import finished</source>
        <translation>Importación terminada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import report</source>
        <translation>Informe de importación</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 added, %2 updated, %3 unchanged, %4 skipped</source>
        <translation>%1 añadidos, %2 actualizados, %3 sin cambios, %4 omitidos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1-separated</source>
        <translation>separador %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1 as %2 (%3).</source>
        <translation>%1 importado como %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n value(s) you edited by hand were kept (tick “Replace values I corrected by hand” to replace them).</source>
        <translation>
            <numerusform>Se ha conservado %n valor editado a mano (marca «Sustituir los valores que corregí a mano» para sustituirlo).</numerusform>
            <numerusform>Se han conservado %n valores editados a mano (marca «Sustituir los valores que corregí a mano» para sustituirlos).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skipped line %1: %2</source>
        <translation>Línea %1 omitida: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on line %1: %2</source>
        <translation>Nota sobre la línea %1: %2</translation>
    </message>
</context>
<context>
    <name>RoomGridModel</name>
    <message>
        <location filename="../../ui/models/agenda_grid_model.py" line="+85"/>
        <source>Day {n} · {date}</source>
        <translation>Día {n} · {date}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n aviso</numerusform>
            <numerusform>%n avisos</numerusform>
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
        <translation>Importar un programa</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Schedules (*.json *.xml *.csv *.xlsx)</source>
        <translation>Programas (*.json *.xml *.csv *.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add the sessions to the selected event, or make a new event?</source>
        <translation>¿Añadir las sesiones al evento seleccionado o crear un evento nuevo?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to this event</source>
        <translation>Añadir a este evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New event</source>
        <translation>Nuevo evento</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+11"/>
        <source>Export the schedule</source>
        <translation>Exportar el programa</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>frab schedule XML (*.xml);;c3voc schedule JSON (*.json)</source>
        <translation>Programa frab XML (*.xml);;Programa c3voc JSON (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Schedule written to %1</source>
        <translation>Programa guardado en %1</translation>
    </message>
</context>
<context>
    <name>SeriesCard</name>
    <message>
        <location filename="../../ui/widgets/series_card.py" line="+28"/>
        <source>This series</source>
        <translation>Esta serie</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Going</source>
        <translation>Inscritos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked in</source>
        <translation>Llegaron</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events of this series</source>
        <translation>Eventos de esta serie</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="+57"/>
        <source>New session</source>
        <translation>Nueva sesión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit session</source>
        <translation>Editar sesión</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Starts (%1):</source>
        <translation>&amp;Inicio (%1):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Room:</source>
        <translation>S&amp;ala:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Abstract:</source>
        <translation>&amp;Resumen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;peakers:</source>
        <translation>&amp;Ponentes:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Add session “%1”</source>
        <translation>Añadir la sesión «%1»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit session “%1”</source>
        <translation>Editar la sesión «%1»</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="-73"/>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>SlotFinderDialog</name>
    <message>
        <location filename="../../ui/dialogs/slots_dialog.py" line="+47"/>
        <source>Move event “%1”</source>
        <translation>Mover el evento «%1»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Find a time slot</source>
        <translation>Buscar un horario</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Audience time zones with weights</source>
        <translation>Zonas horarias del público con sus pesos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audience (zone:weight):</source>
        <translation>&amp;Público (zona:peso):</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session length in minutes</source>
        <translation>Duración de la sesión en minutos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Duración:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date (UTC)</source>
        <translation>Fecha (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da&amp;te (UTC):</source>
        <translation>Fec&amp;ha (UTC):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local hours the whole session must fit in</source>
        <translation>Horas locales en las que debe caber toda la sesión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Local window:</source>
        <translation>Franja &amp;local:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of the audience for each start time (UTC)</source>
        <translation>Parte del público para cada hora de inicio (UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selected start</source>
        <translation>Inicio elegido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Best start times</source>
        <translation>Mejores horas de inicio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Move the event to this start</source>
        <translation>&amp;Mover el evento a este inicio</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Green: the whole session falls inside everyone&apos;s local window.</source>
        <translation>Verde: toda la sesión cae dentro de la franja local de todos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start (UTC)</source>
        <translation>Inicio (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audience</source>
        <translation>Público</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>“%1” now starts %2.</source>
        <translation>«%1» empieza ahora %2.</translation>
    </message>
</context>
<context>
    <name>SpeakerDialog</name>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="+23"/>
        <source>New speaker</source>
        <translation>Nuevo ponente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit speaker</source>
        <translation>Editar ponente</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Photo:</source>
        <translation>Foto:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. she/her</source>
        <translation>p. ej. ella</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pronouns:</source>
        <translation>&amp;Pronombres:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Email:</source>
        <translation>&amp;Correo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Affiliation:</source>
        <translation>&amp;Afiliación:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home time &amp;zone:</source>
        <translation>&amp;Zona de residencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaks remotely</source>
        <translation>Interviene en remoto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joins:</source>
        <translation>Participa:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Bio:</source>
        <translation>&amp;Biografía:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website, Mastodon, GitHub…</source>
        <translation>Web, Mastodon, GitHub…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Links:</source>
        <translation>&amp;Enlaces:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Create speaker “%1”</source>
        <translation>Crear el ponente «%1»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit speaker “%1”</source>
        <translation>Editar el ponente «%1»</translation>
    </message>
</context>
<context>
    <name>SpeakerLibraryPage</name>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="+6"/>
        <source>&lt;h2&gt;Speaker library&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Todos los ponentes&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speakers across all your events. Add someone to a session from the session editor; their bio and photo come along.</source>
        <translation>Los ponentes de todos tus eventos. Añade a alguien a una sesión desde el editor de sesiones: su biografía y su foto le acompañan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Speaker library</source>
        <translation>Todos los ponentes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, affiliation or email</source>
        <translation>Buscar por nombre, afiliación o correo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New speaker…</source>
        <translation>&amp;Nuevo ponente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit speaker</source>
        <translation>Editar ponente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+43"/>
        <source>Delete speaker</source>
        <translation>Eliminar ponente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1” and take them out of every session?</source>
        <translation>¿Eliminar a «%1» y quitarlo de todas las sesiones?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete speaker “%1”</source>
        <translation>Eliminar el ponente «%1»</translation>
    </message>
</context>
<context>
    <name>SpeakersPage</name>
    <message>
        <location line="-265"/>
        <source>&lt;h3&gt;Sessions&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Sesiones&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drag a row to change the running order.</source>
        <translation>Arrastra una fila para cambiar el orden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add session…</source>
        <translation>&amp;Añadir sesión…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add session</source>
        <translation>Añadir sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit session</source>
        <translation>Editar sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+124"/>
        <source>Remove session</source>
        <translation>Quitar sesión</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;h3&gt;On stage at this event&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;En el escenario en este evento&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speakers at this event</source>
        <translation>Ponentes de este evento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search speakers</source>
        <translation>Buscar ponentes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New speaker…</source>
        <translation>Nuevo ponente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit speaker…</source>
        <translation>Editar ponente…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose an event in the sidebar.</source>
        <translation>Elige un evento en la barra lateral.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Remove “%1” from the agenda?</source>
        <translation>¿Quitar «%1» del programa?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove session “%1”</source>
        <translation>Quitar la sesión «%1»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move “%1”</source>
        <translation>Mover «%1»</translation>
    </message>
</context>
<context>
    <name>StatStrip</name>
    <message>
        <location filename="../../ui/widgets/stats.py" line="+19"/>
        <source>Key figures</source>
        <translation>Cifras clave</translation>
    </message>
</context>
<context>
    <name>StreamLinkDialog</name>
    <message>
        <location filename="../../ui/dialogs/stream_link_dialog.py" line="+29"/>
        <source>Edit stream link</source>
        <translation>Editar enlace de emisión</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Uso:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Viewer link:</source>
        <translation>Enlace para el &amp;público:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Studio or ingest link:</source>
        <translation>Enlace de e&amp;studio o de ingesta:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit stream link “%1”</source>
        <translation>Editar el enlace de emisión «%1»</translation>
    </message>
</context>
<context>
    <name>StreamLinksModel</name>
    <message>
        <location filename="../../ui/models/stream_links_model.py" line="+32"/>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup</source>
        <translation>Respaldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>Grabación</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Whole event</source>
        <translation>Todo el evento</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>set</source>
        <translation>guardada</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Purpose</source>
        <translation>Uso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform</source>
        <translation>Plataforma</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewer link</source>
        <translation>Enlace para el público</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Studio / ingest</source>
        <translation>Estudio / ingesta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stream key</source>
        <translation>Clave de emisión</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="+46"/>
        <source>Checklist templates</source>
        <translation>Plantillas de checklist</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Templates</source>
        <translation>Plantillas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+298"/>
        <source>New template</source>
        <translation>Nueva plantilla</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>De&amp;lete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+307"/>
        <source>Delete template</source>
        <translation>Eliminar plantilla</translation>
    </message>
    <message>
        <location line="-305"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a template from a file</source>
        <translation>Importar una plantilla desde un archivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the template to a file</source>
        <translation>Exportar la plantilla a un archivo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template applies to</source>
        <translation>La plantilla se aplica a</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event</source>
        <translation>el evento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each speaker of the event</source>
        <translation>cada ponente del evento</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use for {0} events</source>
        <translation>Usar para eventos {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template items</source>
        <translation>Tareas de la plantilla</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add item</source>
        <translation>&amp;Añadir tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an item</source>
        <translation>Añadir una tarea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove item</source>
        <translation>&amp;Quitar tarea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected item</source>
        <translation>Quitar la tarea seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected item up</source>
        <translation>Subir la tarea seleccionada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move do&amp;wn</source>
        <translation>Ba&amp;jar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected item down</source>
        <translation>Bajar la tarea seleccionada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“When” is counted from the event start in the event&apos;s time zone: “-7 days”, “-7 days at 18:00”, “-2 hours”, “+1 day”. In a speaker template, items in the category “Remote” go only to remote speakers and “On site” only to speakers in the room. Changes apply to checklists added from now on.</source>
        <translation>«Cuándo» se cuenta desde el inicio del evento, en su zona horaria, y se escribe en inglés: «-7 days», «-7 days at 18:00», «-2 hours», «+1 day». En una plantilla de ponentes, las tareas de la categoría «Remote» solo van a los ponentes en remoto y las de «On site» solo a quienes están en la sala. Los cambios valen para las checklists que se añadan a partir de ahora.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A&amp;pplies to:</source>
        <translation>Se a&amp;plica a:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For events:</source>
        <translation>Para eventos:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source> (shipped)</source>
        <translation> (incluida)</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n item(s). Offered for events of the ticked formats.</source>
        <translation>
            <numerusform>%n tarea. Se ofrece para eventos de los formatos marcados.</numerusform>
            <numerusform>%n tareas. Se ofrece para eventos de los formatos marcados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tick at least one format.</source>
        <translation>Marca al menos un formato.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Add item</source>
        <translation>Añadir tarea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What needs doing?</source>
        <translation>¿Qué hay que hacer?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete the template “{0}”? Items it already added to events stay.</source>
        <translation>¿Eliminar la plantilla «{0}»? Las tareas que ya añadió a eventos se quedan.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export template</source>
        <translation>Exportar plantilla</translation>
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
        <translation>Importar plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the existing template?</source>
        <translation>¿Sustituir la plantilla existente?</translation>
    </message>
</context>
<context>
    <name>TrendBars</name>
    <message>
        <location filename="../../ui/widgets/trend_bars.py" line="+25"/>
        <source>Attendance trend</source>
        <translation>Evolución de la asistencia</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 going, %3 came</source>
        <translation>%1: %2 inscritos, %3 vinieron</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The trend appears after a few events.</source>
        <translation>La evolución aparece tras algunos eventos.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+1"/>
        <source>RSVP going</source>
        <translation>inscritos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>checked in</source>
        <translation>llegaron</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="-60"/>
        <location line="+5"/>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user guide is missing from this installation.</source>
        <translation>Falta la guía de uso en esta instalación.</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="+24"/>
        <source>New venue</source>
        <translation>Nueva sede</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit venue</source>
        <translation>Editar sede</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Talent Garden Ostiense</source>
        <translation>p. ej. Impact Hub Madrid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Map link:</source>
        <translation>Enlace al &amp;mapa:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capacity:</source>
        <translation>&amp;Aforo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact:</source>
        <translation>Contacto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact email:</source>
        <translation>Correo del contacto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact phone:</source>
        <translation>Teléfono del contacto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility:</source>
        <translation>Accesibilidad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wi-Fi name:</source>
        <translation>Nombre del wifi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wi-Fi password:</source>
        <translation>Contraseña del wifi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/V equipment:</source>
        <translation>Equipo audiovisual:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes at:</source>
        <translation>Cierra a las:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Notas:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Create venue “%1”</source>
        <translation>Crear la sede «%1»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit venue “%1”</source>
        <translation>Editar la sede «%1»</translation>
    </message>
</context>
<context>
    <name>VenueStreamPage</name>
    <message>
        <location filename="../../ui/pages/venue_stream_page.py" line="+199"/>
        <source>Viewer link</source>
        <translation>Enlace para el público</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Venue &amp; Stream</source>
        <extracomment>A copied stream key leaves the clipboard after this long, if it is still there (as password managers do); tests shorten it.</extracomment>
        <translation>Sede y emisión</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Venue</source>
        <translation>Sede</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open &amp;map</source>
        <translation>Abrir &amp;mapa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the venue map in the browser</source>
        <translation>Abrir el mapa de la sede en el navegador</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity:</source>
        <translation>Aforo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes at:</source>
        <translation>Cierra a las:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility:</source>
        <translation>Accesibilidad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wifi:</source>
        <translation>Wifi:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/V:</source>
        <translation>Audiovisual:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stream and call links</source>
        <translation>Enlaces de emisión y de llamada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stream links</source>
        <translation>Enlaces de emisión</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Purpose of the new link</source>
        <translation>Uso del nuevo enlace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole event or one session</source>
        <translation>Todo el evento o una sesión</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Viewer link (https://…)</source>
        <translation>Enlace para el público (https://…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Studio or ingest (https://, rtmps://)</source>
        <translation>Estudio o ingesta (https://, rtmps://)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studio or ingest link</source>
        <translation>Enlace de estudio o de ingesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected platform</source>
        <translation>Plataforma detectada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add link</source>
        <translation>&amp;Añadir enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the link</source>
        <translation>Añadir el enlace</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open viewer link</source>
        <translation>&amp;Abrir enlace para el público</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected viewer link in the browser</source>
        <translation>Abrir en el navegador el enlace para el público seleccionado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ed&amp;it link…</source>
        <translation>&amp;Editar enlace…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected link</source>
        <translation>Editar el enlace seleccionado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove link</source>
        <translation>&amp;Quitar enlace</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected link</source>
        <translation>Quitar el enlace seleccionado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stream key for the selected link</source>
        <translation>Clave de emisión del enlace seleccionado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream key (kept in the system keyring)</source>
        <translation>Clave de emisión (guardada en el llavero del sistema)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;key</source>
        <translation>Guardar &amp;clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the stream key</source>
        <translation>Guardar la clave de emisión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold to s&amp;how</source>
        <translation>Mantener para &amp;ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the saved stream key while the button is held down</source>
        <translation>Mostrar la clave de emisión guardada mientras se mantiene pulsado el botón</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cop&amp;y key</source>
        <translation>Cop&amp;iar clave</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the saved stream key</source>
        <translation>Copiar la clave de emisión guardada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved stream key, while shown</source>
        <translation>Clave de emisión guardada, mientras se muestra</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready to go live?</source>
        <translation>¿Listos para emitir?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is missing for the stream</source>
        <translation>Lo que falta para la emisión</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent &amp;given</source>
        <translation>Consentimiento &amp;dado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected speaker agreed to be recorded for that session</source>
        <translation>El ponente seleccionado acepta que se grabe esa sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent re&amp;fused</source>
        <translation>Consentimiento &amp;denegado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected speaker does not want that session recorded</source>
        <translation>El ponente seleccionado no quiere que se grabe esa sesión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For the selected speaker:</source>
        <translation>Para el ponente seleccionado:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose an event.</source>
        <translation>Elige un evento.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Whole event</source>
        <translation>Todo el evento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stream keys are kept in the system keyring, never in the database.</source>
        <translation>Las claves de emisión se guardan en el llavero del sistema, nunca en la base de datos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no keyring: stream keys are kept in a file encrypted with your passphrase, never in the database.</source>
        <translation>Este ordenador no tiene llavero: las claves de emisión se guardan en un archivo cifrado con tu frase de contraseña, nunca en la base de datos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer has no keyring: stream keys are kept only until you close the app, and never in the database.</source>
        <translation>Este ordenador no tiene llavero: las claves de emisión solo se guardan hasta que cierres el programa, y nunca en la base de datos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This event is in person only; nothing to stream.</source>
        <translation>Este evento es solo presencial; no hay nada que emitir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything is in place for the stream.</source>
        <translation>Todo está listo para la emisión.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No venue chosen (online only?)</source>
        <translation>No se ha elegido sede (¿solo en línea?)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0} (the password is printed on the agenda only if you tick Wifi)</source>
        <translation>{0} (la contraseña solo sale en el programa impreso si marcas Wifi)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Add stream link</source>
        <translation>Añadir enlace de emisión</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Link added.</source>
        <translation>Enlace añadido.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+15"/>
        <location line="+47"/>
        <source>Select a link first.</source>
        <translation>Selecciona primero un enlace.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Link saved.</source>
        <translation>Enlace guardado.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove stream link</source>
        <translation>Quitar enlace de emisión</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link removed.</source>
        <translation>Enlace quitado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a line about recording consent first.</source>
        <translation>Selecciona primero una fila sobre el consentimiento de grabación.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record consent</source>
        <translation>Registrar el consentimiento</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not opened: only http, https and mailto links are opened from here.</source>
        <translation>No se abrió: desde aquí solo se abren enlaces http, https y mailto.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+44"/>
        <source>Select the link the key belongs to first.</source>
        <translation>Selecciona primero el enlace al que pertenece la clave.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>No stream key is saved for this link.</source>
        <translation>No hay ninguna clave de emisión guardada para este enlace.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stream keys unlocked: hold the button to see the key.</source>
        <translation>Claves de emisión desbloqueadas: mantén pulsado el botón para ver la clave.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stream key copied to the clipboard.</source>
        <translation>Clave de emisión copiada al portapapeles.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Stream key saved in the system keyring.</source>
        <translation>Clave de emisión guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream key saved in the encrypted key file.</source>
        <translation>Clave de emisión guardada en el archivo de claves cifrado.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream key kept for this session only (no keyring on this computer).</source>
        <translation>Clave de emisión guardada solo hasta cerrar el programa (no hay llavero en este ordenador).</translation>
    </message>
</context>
<context>
    <name>VenuesPage</name>
    <message>
        <location filename="../../ui/pages/venues_page.py" line="+6"/>
        <source>&lt;h2&gt;Venues&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Sedes&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every place you have used. Pick one for the current event, or keep the details (Wi-Fi, access, closing time) in one place.</source>
        <translation>Todos los lugares que has usado. Elige uno para el evento actual o guarda los detalles (wifi, acceso, hora de cierre) en un solo sitio.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Venues</source>
        <translation>Sedes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search venues</source>
        <translation>Buscar sedes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New venue…</source>
        <translation>&amp;Nueva sede…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit venue</source>
        <translation>Editar sede</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use for this event</source>
        <translation>&amp;Usar para este evento</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+61"/>
        <source>Delete venue</source>
        <translation>Eliminar sede</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Change the event&apos;s venue</source>
        <translation>Cambiar la sede del evento</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete the venue “%1”? Events held there keep their details but lose the venue.</source>
        <translation>¿Eliminar la sede «%1»? Los eventos celebrados allí conservan sus datos pero se quedan sin sede.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete venue “%1”</source>
        <translation>Eliminar la sede «%1»</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/pages/checkin_page.py" line="-773"/>
        <source>Add a walk-in</source>
        <translation>Añadir a alguien sin inscripción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Apellidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Print a badge now</source>
        <translation>Imprimir una credencial ahora</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badge printing is not available in this version.</source>
        <translation>La impresión de credenciales no está disponible en esta versión.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Apellidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;Correo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Company</source>
        <translation>&amp;Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Rol</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add and check in</source>
        <translation>Añadir y hacer el check-in</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/pages/welcome_page.py" line="+19"/>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Welcome to Meetup Organiser</source>
        <translation>Te damos la bienvenida a Meetup Organiser</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plan the talks, the room and the stream, work through the checklist, and print badges at the door. Everything stays on this computer.</source>
        <translation>Planifica las charlas, la sala y la emisión, sigue la checklist e imprime las credenciales en la entrada. Todo se queda en este ordenador.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create your first meetup</source>
        <translation>Crear tu primer meetup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explore the sample meetup</source>
        <translation>Explorar el meetup de ejemplo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another database…</source>
        <translation>Abrir otra base de datos…</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../ui/workers.py" line="+85"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>WriteToSpeakersDialog</name>
    <message>
        <location filename="../../ui/dialogs/mail_dialog.py" line="+88"/>
        <source>Write to speakers</source>
        <translation>Escribir a los ponentes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Message:</source>
        <translation>&amp;Mensaje:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Speakers (ticked ones get a draft)</source>
        <translation>Ponentes (los marcados reciben un borrador)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merged message</source>
        <translation>Mensaje combinado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>Para:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Asunto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached:</source>
        <translation>Adjuntos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Template subject</source>
        <translation>Asunto de la plantilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template text</source>
        <translation>Texto de la plantilla</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields:</source>
        <translation>Campos:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save &amp;template</source>
        <translation>Guardar &amp;plantilla</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset to the shipped text</source>
        <translation>&amp;Restablecer el texto original</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit template</source>
        <translation>&amp;Editar plantilla</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save drafts &amp;in:</source>
        <translation>Guardar borradores &amp;en:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+157"/>
        <source>Folder for the drafts</source>
        <translation>Carpeta para los borradores</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save drafts</source>
        <translation>Guardar &amp;borradores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in mail app</source>
        <translation>Abrir en el programa de &amp;correo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hands the selected speaker&apos;s message to your mail program (no attachment).</source>
        <translation>Pasa el mensaje del ponente seleccionado a tu programa de correo (sin adjuntos).</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1 of %2 speakers ticked.</source>
        <translation>%1 de %2 ponentes marcados.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (no e-mail address: fill it in in your mail program)</source>
        <translation>%1 (sin dirección de correo: complétala en tu programa de correo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 drafts saved in %2; %3 checklist items updated.</source>
        <translation>%1 borradores guardados en %2; %3 tareas de la checklist actualizadas.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Handed to your mail program: %1.</source>
        <translation>Pasado a tu programa de correo: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Template “%1” saved.</source>
        <translation>Plantilla «%1» guardada.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The shipped text is back.</source>
        <translation>Se ha recuperado el texto original.</translation>
    </message>
</context>
<context>
    <name>ZoneChooser</name>
    <message>
        <location filename="../../ui/dialogs/zone_chooser.py" line="+60"/>
        <source>Choose a time zone</source>
        <translation>Elegir una zona horaria</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a city, region or offset, e.g. Rome or +05:30</source>
        <translation>Escribe una ciudad, una región o un desfase, p. ej. Madrid o +05:30</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search time zones</source>
        <translation>Buscar zonas horarias</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time zones</source>
        <translation>Zonas horarias</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No time zone matches “%1”. Try a city or a country, or an offset like +01:00.</source>
        <translation>Ninguna zona horaria coincide con «%1». Prueba una ciudad, un país o un desfase como +01:00.</translation>
    </message>
</context>
<context>
    <name>ZoneField</name>
    <message>
        <location line="+35"/>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Europe/Rome</source>
        <translation>p. ej. Europe/Madrid</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a time zone</source>
        <translation>Elegir una zona horaria</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Means %1.</source>
        <translation>Es decir, %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No time zone matches “%1”; try a city or a country, or Choose…</source>
        <translation>Ninguna zona horaria coincide con «%1»; prueba una ciudad, un país o Elegir…</translation>
    </message>
</context>
</TS>

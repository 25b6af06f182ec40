<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AboutDialog</name>
    <message>
        <location filename="../../ui/dialogs/about_dialog.py" line="+16"/>
        <source>About %1</source>
        <translation>À propos de %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan meetups offline: speakers, venues, hybrid streams, checklists, attendees, badges and agendas.</source>
        <translation>Préparez vos meetups hors ligne&#xa0;: intervenants, lieux, diffusions hybrides, checklists, participants, badges et programmes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>About</source>
        <translation>À propos</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <location filename="../../ui/actions.py" line="+19"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You can undo this with Edit ▸ Undo.</source>
        <translation>Vous pouvez l’annuler avec Édition ▸ Annuler.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Delete “%1” with its agenda, attendees and checklist?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» avec son programme, ses participants et sa checklist&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete event</source>
        <translation>Supprimer l’événement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete event “%1”</source>
        <translation>Supprimer l’événement «&#xa0;%1&#xa0;»</translation>
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
        <translation>Intervenants</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Locked</source>
        <translation>Verrouillée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Warnings</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>locked</source>
        <translation>verrouillée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not locked</source>
        <translation>non verrouillée</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+6"/>
        <source>remote; their time: {0} ({1})</source>
        <translation>à distance&#xa0;; son heure&#xa0;: {0} ({1})</translation>
    </message>
</context>
<context>
    <name>AgendaPage</name>
    <message>
        <location filename="../../ui/pages/agenda_page.py" line="+61"/>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Event and its time zone</source>
        <translation>Événement et fuseau horaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Viewer time zones:</source>
        <translation>&amp;Fuseaux du public&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. America/New_York, Asia/Kolkata</source>
        <translation>p. ex. America/New_York, Asia/Kolkata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Viewer time zones, separated by commas</source>
        <translation>Fuseaux horaires du public, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show zones</source>
        <translation>Afficher les fuseaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply viewer time zones</source>
        <translation>Appliquer les fuseaux horaires du public</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Day of the agenda</source>
        <translation>Jour du programme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Running order</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Sessions per room</source>
        <translation>Sessions par salle</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New &amp;session:</source>
        <translation>Nouvelle &amp;session&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title of the new session</source>
        <translation>Titre de la nouvelle session</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind of the new session</source>
        <translation>Type de la nouvelle session</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration of the new session in minutes</source>
        <translation>Durée de la nouvelle session en minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;dd</source>
        <translation>A&amp;jouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the session at the end</source>
        <translation>Ajouter la session à la fin</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>De&amp;lete session</source>
        <translation>Supprimer &amp;la session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected session</source>
        <translation>Supprimer la session sélectionnée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected session earlier</source>
        <translation>Avancer la session sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected session later</source>
        <translation>Reculer la session sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Up</source>
        <translation>Ctrl+Haut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Down</source>
        <translation>Ctrl+Bas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ed&amp;it session…</source>
        <translation>Mod&amp;ifier la session…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected session in the editor</source>
        <translation>Ouvrir la session sélectionnée dans l’éditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print agenda…</source>
        <translation>Im&amp;primer le programme…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the agenda as a PDF</source>
        <translation>Imprimer le programme en PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Announcement…</source>
        <translation>&amp;Annonce…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the announcement</source>
        <translation>Rédiger l’annonce</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warnings</source>
        <translation>Alertes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda warnings</source>
        <translation>Alertes sur le programme</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose an event to see its agenda.</source>
        <translation>Choisissez un événement pour voir son programme.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{title} — {when} — {format}</source>
        <translation>{title} — {when} — {format}</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>No clashes, gaps or overruns.</source>
        <translation>Aucun chevauchement, trou ni dépassement.</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>Move session</source>
        <translation>Déplacer la session</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change duration</source>
        <translation>Modifier la durée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lock session</source>
        <translation>Verrouiller la session</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unlock session</source>
        <translation>Déverrouiller la session</translation>
    </message>
    <message>
        <location line="-36"/>
        <location line="+61"/>
        <location line="+15"/>
        <source>Select a session first.</source>
        <translation>Sélectionnez d’abord une session.</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Add session “%1”</source>
        <translation>Ajouter la session « %1 »</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Delete session</source>
        <translation>Supprimer la session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted “{0}”; Undo puts it back.</source>
        <translation>«&#xa0;{0}&#xa0;» supprimée&#xa0;; Annuler la rétablit.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Change viewer time zones</source>
        <translation>Modifier les fuseaux horaires du public</translation>
    </message>
</context>
<context>
    <name>AgendaPrintDialog</name>
    <message>
        <location filename="../../ui/dialogs/agenda_print_dialog.py" line="+49"/>
        <location line="+181"/>
        <source>Print agenda</source>
        <translation>Imprimer le programme</translation>
    </message>
    <message>
        <location line="-177"/>
        <source>&amp;Viewer time zones:</source>
        <translation>&amp;Fuseaux du public&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewer time zones, separated by commas</source>
        <translation>Fuseaux horaires du public, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>US Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the &amp;wifi password</source>
        <translation>Imprimer le mot de passe &amp;Wi-Fi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the venue wifi name and password</source>
        <translation>Imprimer le nom et le mot de passe du Wi-Fi du lieu</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Agenda preview</source>
        <translation>Aperçu du programme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save PDF…</source>
        <translation>&amp;Enregistrer le PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the agenda as a PDF file</source>
        <translation>Enregistrer le programme en fichier PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send the agenda to a printer</source>
        <translation>Envoyer le programme à une imprimante</translation>
    </message>
    <message numerus="yes">
        <location line="+83"/>
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved to {0}.</source>
        <translation>Enregistré dans {0}.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save agenda</source>
        <translation>Enregistrer le programme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The printer could not be opened.</source>
        <translation>Impossible d’ouvrir l’imprimante.</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>%n page envoyée à l’imprimante.</numerusform>
            <numerusform>%n pages envoyées à l’imprimante.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AnnounceDialog</name>
    <message>
        <location filename="../../ui/dialogs/announce_dialog.py" line="+30"/>
        <source>Announcement</source>
        <translation>Annonce</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Viewer time zones:</source>
        <translation>&amp;Fuseaux du public&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewer time zones, separated by commas</source>
        <translation>Fuseaux horaires du public, séparés par des virgules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Short post (under 280 characters)</source>
        <translation>Message &amp;court (moins de 280 caractères)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short post</source>
        <translation>Message court</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Announcement text</source>
        <translation>Texte de l’annonce</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the announcement to the clipboard</source>
        <translation>Copier l’annonce dans le presse-papiers</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>{0} of {1} characters.</source>
        <translation>{0} caractères sur {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown, ready for Meetup or a mailing list.</source>
        <translation>Markdown, prêt pour Meetup ou une liste de diffusion.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>AttendanceChart</name>
    <message>
        <location filename="../../ui/widgets/attendance_chart.py" line="+41"/>
        <source>%1: %2 going (not happened yet)</source>
        <translation>%1&#xa0;: %2 inscrits (pas encore eu lieu)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2 checked in of %3 going (%4)</source>
        <translation>%1&#xa0;: %2 arrivés sur %3 inscrits (%4)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Attendance across past events</source>
        <translation>Fréquentation des événements passés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 going, not happened yet</source>
        <translation>%1&#xa0;: %2 inscrits, pas encore eu lieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 of %3</source>
        <translation>%1&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+51"/>
        <source>No past events yet.</source>
        <translation>Pas encore d’événement passé.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 going</source>
        <translation>%1 inscrits</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <location line="+1"/>
        <source>going</source>
        <translation>inscrits</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+11"/>
        <source>checked in</source>
        <translation>arrivés</translation>
    </message>
</context>
<context>
    <name>AttendeeDialog</name>
    <message>
        <location filename="../../ui/dialogs/attendee_dialog.py" line="+42"/>
        <source>Edit attendee</source>
        <translation>Modifier le participant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add attendee</source>
        <translation>Ajouter un participant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Company</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Job title</source>
        <translation>&amp;Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pronouns</source>
        <translation>Pr&amp;onoms</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>RSVP</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RS&amp;VP</source>
        <translation>Ré&amp;ponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guests</source>
        <translation>&amp;Invités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Edited by hand, kept when the list is imported again: %1</source>
        <translation>Modifié à la main, conservé lors d’un nouvel import&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>AttendeesModel</name>
    <message>
        <location filename="../../ui/models/attendees_model.py" line="+42"/>
        <source>Attendee</source>
        <translation>Participant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Volunteer</source>
        <translation>Bénévole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Going</source>
        <translation>Inscrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waitlist</source>
        <translation>Liste d’attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not going</source>
        <translation>Ne vient pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added by hand</source>
        <translation>Ajouté à la main</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV file</source>
        <translation>Fichier CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in</source>
        <translation>Sans inscription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSVP</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>Arrivé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Said they were going but did not come to two or more past events.</source>
        <translation>S’est inscrit mais n’est pas venu à deux événements passés ou plus.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edited by hand (kept on re-import): %s</source>
        <translation>Modifié à la main (conservé au prochain import)&#xa0;: %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (repeat no-show)</source>
        <translation> (absent régulier)</translation>
    </message>
    <message>
        <location line="+282"/>
        <source>Choose a value</source>
        <translation>Choisir une valeur</translation>
    </message>
</context>
<context>
    <name>AttendeesPage</name>
    <message>
        <location filename="../../ui/pages/attendees_page.py" line="+131"/>
        <source>Attendance numbers</source>
        <translation>Chiffres de participation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter by name, email or company</source>
        <translation>Filtrer par nom, e-mail ou entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter attendees</source>
        <translation>Filtrer les participants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show only</source>
        <translation>Afficher seulement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Going</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waitlist</source>
        <translation>En liste d’attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invited, not registered</source>
        <translation>Invité, non inscrit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not going</source>
        <translation>Ne viennent pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checked in</source>
        <translation>Arrivés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not checked in yet</source>
        <translation>Pas encore arrivé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import attendees from a CSV file</source>
        <translation>Importer des participants depuis un fichier CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Or drop a CSV file onto this page</source>
        <translation>Ou déposez un fichier CSV sur cette page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export attendees as CSV</source>
        <translation>Exporter les participants en CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an attendee by hand</source>
        <translation>Ajouter un participant à la main</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected attendee</source>
        <translation>Modifier le participant sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected attendee</source>
        <translation>Supprimer le participant sélectionné</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+59"/>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="-34"/>
        <location line="+67"/>
        <source>No attendees yet. Import the RSVP export from Meetup, Eventbrite or Luma.</source>
        <translation>Pas encore de participants. Importez l’export des inscriptions de Meetup, Eventbrite ou Luma.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Choose an event to see its attendees.</source>
        <translation>Choisissez un événement pour voir ses participants.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&lt;b&gt;%1&lt;/b&gt; going</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; inscrits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;%1&lt;/b&gt; checked in</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; arrivés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on the waitlist</source>
        <translation>%1 en liste d’attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 not going</source>
        <translation>%1 ne viennent pas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>capacity %1</source>
        <translation>capacité %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no-show rate %1%</source>
        <translation>taux d’absence %1&#xa0;%</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>⚠ %n repeat no-show(s)</source>
        <translation>
            <numerusform>⚠ %n absent régulier</numerusform>
            <numerusform>⚠ %n absents réguliers</numerusform>
        </translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Import: %1</source>
        <translation>Import : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Exported %n attendee(s) to %1</source>
        <translation>
            <numerusform>%n participant exporté vers %1</numerusform>
            <numerusform>%n participants exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="-53"/>
        <location line="+10"/>
        <source>Delete attendee</source>
        <translation>Supprimer le participant</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Delete %1 from this event? A later import adds them again.</source>
        <translation>Supprimer %1 de cet événement&#xa0;? Un prochain import l’ajoutera de nouveau.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+10"/>
        <source>Export attendees</source>
        <translation>Exporter les participants</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <location filename="../../ui/dialogs/backup_dialog.py" line="+53"/>
        <location line="+1"/>
        <source>Back up or restore</source>
        <translation>Sauvegarder ou restaurer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A backup is a complete copy of this database: events, people, checklists and speaker photos. Stream keys are never stored, so never backed up. Give a backup file to a co-organiser to hand the event over.</source>
        <translation>Une sauvegarde est une copie complète de cette base de données&#xa0;: événements, personnes, checklists et photos des intervenants. Les clés de stream ne sont jamais enregistrées, donc jamais sauvegardées. Pour confier l’événement à un co-organisateur, donnez-lui un fichier de sauvegarde.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore from a file…</source>
        <translation>&amp;Restaurer depuis un fichier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from a file</source>
        <translation>Restaurer depuis un fichier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Backups kept beside this database (newest first):</source>
        <translation>Sauvegardes conservées à côté de cette base (les plus récentes d’abord)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept backups</source>
        <translation>Sauvegardes conservées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restore &amp;selected…</source>
        <translation>Restaurer la &amp;sélection…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore the selected backup</source>
        <translation>Restaurer la sauvegarde sélectionnée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>This is a shared PostgreSQL database: it is backed up on its server (pg_dump), not from here.</source>
        <translation>Ceci est une base PostgreSQL partagée&#xa0;: elle se sauvegarde sur son serveur (pg_dump), pas d’ici.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>automatic</source>
        <translation>automatique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>manual</source>
        <translation>manuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>before an upgrade</source>
        <translation>avant une mise à jour</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Back up to</source>
        <translation>Sauvegarder vers</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>Meetup Organiser backups (*.sqlite);;All files (*)</source>
        <translation>Sauvegardes Meetup Organiser (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Backed up and verified: %1</source>
        <translation>Sauvegardé et vérifié&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Restore from</source>
        <translation>Restaurer depuis</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Restore this backup?</source>
        <translation>Restaurer cette sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace everything in %1 with the backup %2?

The current data is kept in the backups folder first, so this can be undone by restoring that copy.</source>
        <translation>Remplacer tout le contenu de %1 par la sauvegarde %2&#xa0;?

Les données actuelles sont d’abord conservées dans le dossier des sauvegardes&#xa0;: restaurer cette copie annule l’opération.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Restored from %1. The data it replaced is kept in %2.</source>
        <translation>Restauré depuis %1. Les données remplacées sont conservées dans %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(nothing: the database was empty)</source>
        <translation>(rien&#xa0;: la base était vide)</translation>
    </message>
</context>
<context>
    <name>BadgeLayoutDialog</name>
    <message>
        <location filename="../../ui/dialogs/badge_layout_dialog.py" line="+38"/>
        <source>New label sheet</source>
        <translation>Nouvelle planche d’étiquettes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layout name</source>
        <translation>Nom de la mise en page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. club-badges</source>
        <translation>p. ex. badges-club</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page width</source>
        <translation>Largeur de page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Page height</source>
        <translation>Hauteur de page</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge width</source>
        <translation>Largeur du badge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge height</source>
        <translation>Hauteur du badge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left margin</source>
        <translation>Marge gauche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top margin</source>
        <translation>Marge haute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap between columns</source>
        <translation>Espace entre les colonnes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gap between rows</source>
        <translation>Espace entre les lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Corner radius</source>
        <translation>Rayon des coins</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Page si&amp;ze:</source>
        <translation>Taille de la &amp;page&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Badge size:</source>
        <translation>Taille du &amp;badge&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Grid (columns × rows):</source>
        <translation>&amp;Grille (colonnes × lignes)&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Margins (left, top):</source>
        <translation>&amp;Marges (gauche, haut)&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>G&amp;aps (across, down):</source>
        <translation>&amp;Espacements (horizontal, vertical)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Corner radius:</source>
        <translation>&amp;Rayon des coins&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem with the layout</source>
        <translation>Problème dans la mise en page</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layout summary</source>
        <translation>Résumé de la mise en page</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 badges per sheet; right margin %2 mm, bottom margin %3 mm.</source>
        <translation>%1 badges par planche&#xa0;; marge droite %2 mm, marge basse %3 mm.</translation>
    </message>
</context>
<context>
    <name>CameraScanner</name>
    <message>
        <location filename="../../ui/camera_scanner.py" line="+39"/>
        <source>Camera status</source>
        <translation>État de la caméra</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reading codes needs the zxing-cpp package; scan or type instead.</source>
        <translation>La lecture des codes demande le paquet zxing-cpp&#xa0;; scannez ou tapez le nom.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The camera needs Qt Multimedia (the PySide6-Addons package); scan with a USB scanner or type the name instead.</source>
        <translation>La caméra demande Qt Multimedia (le paquet PySide6-Addons)&#xa0;; scannez avec un lecteur USB ou tapez le nom.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No camera found; scan with a USB scanner or type the name instead.</source>
        <translation>Aucune caméra trouvée&#xa0;; scannez avec un lecteur USB ou tapez le nom.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Hold the badge or the phone&apos;s ticket up to the camera.</source>
        <translation>Présentez le badge ou le billet sur le téléphone devant la caméra.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The camera cannot be used (%1); scan or type instead.</source>
        <translation>La caméra est inutilisable (%1)&#xa0;; scannez ou tapez le nom.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access refused</source>
        <translation>accès refusé</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Could not read that frame (%1).</source>
        <translation>Impossible de lire cette image (%1).</translation>
    </message>
</context>
<context>
    <name>CapacityBar</name>
    <message>
        <location filename="../../ui/widgets/capacity_bar.py" line="+22"/>
        <source>RSVPs against capacity</source>
        <translation>Inscriptions par rapport à la capacité</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 going of %2 places</source>
        <translation>%1 inscrits pour %2 places</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 going, no capacity set</source>
        <translation>%1 inscrits, capacité non indiquée</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n on the waiting list</source>
        <translation>
            <numerusform>%n en liste d’attente</numerusform>
            <numerusform>%n en liste d’attente</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message>
        <location filename="../../ui/pages/checkin_page.py" line="+536"/>
        <location line="+93"/>
        <source>Check in %1</source>
        <translation>Enregistrer l’arrivée de %1</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+93"/>
        <source>Check-in of %1 undone.</source>
        <translation>Arrivée de %1 annulée.</translation>
    </message>
    <message>
        <location line="+191"/>
        <source>Walk-in %1</source>
        <translation>Sans inscription&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>✓ Walk-in %1 added again.</source>
        <translation>✓ %1 (sans inscription) ajouté de nouveau.</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Walk-in %1 taken off the list.</source>
        <translation>%1 (sans inscription) retiré de la liste.</translation>
    </message>
    <message>
        <location line="-654"/>
        <source>Scan result</source>
        <translation>Résultat du scan</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Checked in, going and capacity</source>
        <translation>Arrivés, inscrits et capacité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan a ticket, or type part of a name or email…</source>
        <translation>Scannez un billet, ou tapez une partie d’un nom ou d’un e-mail…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a person</source>
        <translation>Trouver une personne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Matching people</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check in  (Enter)</source>
        <translation>Arrivée  (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in the highlighted person</source>
        <translation>Enregistrer l’arrivée de la personne en surbrillance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo  (Ctrl+Z)</source>
        <translation>Annuler  (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last check-in or walk-in</source>
        <translation>Annuler la dernière arrivée ou le dernier ajout sans inscription</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Walk-in…  (Ctrl+N)</source>
        <translation>Sans inscription…  (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add someone who is not on the list</source>
        <translation>Ajouter quelqu’un qui n’est pas sur la liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint badge  (Ctrl+P)</source>
        <translation>Réimprimer le badge  (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprint the highlighted person&apos;s badge</source>
        <translation>Réimprimer le badge de la personne en surbrillance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Camera</source>
        <translation>Caméra</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan codes with this computer&apos;s camera</source>
        <translation>Lire les codes avec la caméra de cet ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Door mode  (F11)</source>
        <translation>Mode accueil  (F11)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Full screen, large type, for volunteers at the door</source>
        <translation>Plein écran, gros caractères, pour les bénévoles à l’accueil</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badge printing is not available in this version.</source>
        <translation>L’impression des badges n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Badge layout for reprints</source>
        <translation>Format de badge pour les réimpressions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label sheet or badge printer used for reprints</source>
        <translation>Planche d’étiquettes ou imprimante de badges pour les réimpressions</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reprint on:</source>
        <translation>Réimprimer sur&#xa0;:</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Choose an event to check people in.</source>
        <translation>Choisissez un événement pour enregistrer les arrivées.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>%1 checked in  /  %2 going</source>
        <translation>%1 arrivés  /  %2 inscrits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  /  guests %1 of %2</source>
        <translation>  /  invités %1 sur %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  /  %1 capacity</source>
        <translation>  /  capacité %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>✓ checked in %1</source>
        <translation>✓ arrivé à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waitlist</source>
        <translation>liste d’attente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>said not going</source>
        <translation>avait dit ne pas venir</translation>
    </message>
    <message>
        <location line="+147"/>
        <source>Nobody matches “%1”. Press Ctrl+N to add a walk-in.</source>
        <translation>Personne ne correspond à «&#xa0;%1&#xa0;». Ctrl+N ajoute une personne sans inscription.</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Checked in: %1</source>
        <translation>Enregistré : %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>(+%n guest(s))</source>
        <translation>
            <numerusform>(+%n invité)</numerusform>
            <numerusform>(+%n invités)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Already checked in: %1 at %2</source>
        <translation>Déjà enregistré : %1 à %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelled ticket: %1</source>
        <translation>Billet annulé : %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not on the list</source>
        <translation>Pas sur la liste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This ticket is for %1</source>
        <translation>Ce billet est pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This ticket is for another event</source>
        <translation>Ce billet est pour un autre événement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n people hold this code: %1. Check them in by name.</source>
        <translation>
            <numerusform>%n personne a ce code : %1. Enregistrez-la par son nom.</numerusform>
            <numerusform>%n personnes ont ce code : %1. Enregistrez-les par leur nom.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>That is %1 characters: too long to be a ticket code.</source>
        <translation>Cela fait %1 caractères : trop long pour un code de billet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That contact card has no name or email to look up.</source>
        <translation>Cette carte de contact n&apos;a ni nom ni e-mail à rechercher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is not a ticket code (unreadable characters).</source>
        <translation>Ce n&apos;est pas un code de billet (caractères illisibles).</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Printing the badge for %1…</source>
        <translation>Impression du badge de %1…</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>✓ Walk-in %1 added and checked in.</source>
        <translation>✓ %1 (sans inscription) ajouté et arrivé.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Highlight a person first, then reprint the badge.</source>
        <translation>Mettez d’abord une personne en surbrillance, puis réimprimez le badge.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Badge printing is not available in this version of Meetup Organiser; write the name on a blank badge.</source>
        <translation>L’impression des badges n’est pas disponible dans cette version de Meetup Organiser&#xa0;; écrivez le nom sur un badge vierge.</translation>
    </message>
</context>
<context>
    <name>ChecklistModel</name>
    <message>
        <location filename="../../ui/models/checklist_model.py" line="+41"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late start (already past due when planning began)</source>
        <translation>Démarrage tardif (déjà en retard au début de l’organisation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due this week</source>
        <translation>À faire cette semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Faites</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>remote</source>
        <translation>à distance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note: </source>
        <translation>Note&#xa0;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not done</source>
        <translation>à faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>on site</source>
        <translation>sur place</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not needed</source>
        <translation>pas nécessaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open</source>
        <translation>à faire</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+211"/>
        <source>Item</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="-209"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done at</source>
        <translation>Fait le</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
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
        <translation>Avancement de la checklist de l’événement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next checklist items due</source>
        <translation>Prochaines tâches de la checklist</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Speaker readiness</source>
        <translation>Préparation des intervenants</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Checklist</source>
        <translation>Checklist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next due</source>
        <translation>Prochaines échéances</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{0} of {1} done ({2}%)</source>
        <translation>{0} sur {1} faites ({2}&#xa0;%)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (overdue)</source>
        <translation> (en retard)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing left to do.</source>
        <translation>Plus rien à faire.</translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message>
        <location line="-177"/>
        <source>Tick “{0}”</source>
        <translation>Cocher «&#xa0;{0}&#xa0;»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Untick “{0}”</source>
        <translation>Décocher «&#xa0;{0}&#xa0;»</translation>
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
        <translation>Avancement de la checklist de l’événement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show items assigned to</source>
        <translation>Afficher les tâches assignées à</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Checklist template to apply</source>
        <translation>Modèle de checklist à appliquer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply the chosen template to this event</source>
        <translation>Appliquer le modèle choisi à cet événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit &amp;templates…</source>
        <translation>Modifier les &amp;modèles…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit checklist templates</source>
        <translation>Modifier les modèles de checklist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaker &amp;briefing PDF…</source>
        <translation>&amp;Briefing des intervenants en PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the speaker briefing PDF</source>
        <translation>Enregistrer le PDF du briefing des intervenants</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sho&amp;w:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Te&amp;mplate:</source>
        <translation>Mo&amp;dèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Delete their items</source>
        <translation>Supprimer ses tâches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the items of the departed speaker</source>
        <translation>Supprimer les tâches de l’intervenant retiré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as event items</source>
        <translation>Les garder comme tâches de l’événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the departed speaker&apos;s items</source>
        <translation>Garder les tâches de l’intervenant retiré</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This event has no checklist yet. The recommended templates add dated items for the meetup, its venue, its stream and each speaker.</source>
        <translation>Cet événement n’a pas encore de checklist. Les modèles recommandés ajoutent des tâches datées pour le meetup, son lieu, sa diffusion et chaque intervenant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add the &amp;recommended checklists</source>
        <translation>Ajouter les checklists &amp;recommandées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the recommended checklists</source>
        <translation>Ajouter les checklists recommandées</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checklist items by when they are due</source>
        <translation>Tâches de la checklist par échéance</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Speaker readiness: speakers and their items</source>
        <translation>Préparation des intervenants&#xa0;: intervenants et leurs tâches</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Items</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker readiness</source>
        <translation>Préparation des intervenants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Assignee</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who does it</source>
        <translation>Qui s’en charge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A note for the team</source>
        <translation>Une note pour l’équipe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save assignee and note</source>
        <translation>Enregistrer le responsable et la note</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+278"/>
        <source>Mark &amp;done</source>
        <translation>Marquer comme &amp;faite</translation>
    </message>
    <message>
        <location line="-277"/>
        <source>Mark the item done or not done</source>
        <translation>Marquer la tâche comme faite ou à faire</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Assi&amp;gnee:</source>
        <translation>Res&amp;ponsable&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;ote:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Choose an event to see its checklist.</source>
        <translation>Choisissez un événement pour voir sa checklist.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>{0} of {1} done ({2}%)</source>
        <translation>{0} sur {1} faites ({2}&#xa0;%)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Everyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not assigned</source>
        <translation>Non assignées</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recommended for this event</source>
        <translation>Recommandés pour cet événement</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No speakers on the agenda yet.</source>
        <translation>Pas encore d’intervenant au programme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>remote</source>
        <translation>à distance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on site</source>
        <translation>sur place</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{0} of {1}</source>
        <translation>{0} sur {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist progress for {0}</source>
        <translation>Avancement de la checklist de {0}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0} is no longer on the agenda but still has {1} open and {2} done checklist items. What should happen to them?</source>
        <translation>{0} n’est plus au programme mais a encore {1} tâches à faire et {2} faites dans la checklist. Que faut-il en faire&#xa0;?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose an item to see why it matters.</source>
        <translation>Choisissez une tâche pour voir pourquoi elle compte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>owner: {0}</source>
        <translation>responsable&#xa0;: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>due {0}</source>
        <translation>échéance {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>done {0}</source>
        <translation>faite {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mark not &amp;done</source>
        <translation>Marquer comme &amp;à faire</translation>
    </message>
    <message numerus="yes">
        <location line="+98"/>
        <source>Briefing saved: %n page(s) in {0}</source>
        <translation>
            <numerusform>Briefing enregistré&#xa0;: %n page dans {0}</numerusform>
            <numerusform>Briefing enregistré&#xa0;: %n pages dans {0}</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Making the briefing…</source>
        <translation>Préparation du briefing…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaker briefing</source>
        <translation>Briefing des intervenants</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save speaker briefing</source>
        <translation>Enregistrer le briefing des intervenants</translation>
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
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Going</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="-9"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <location filename="../../ui/models/speakers_model.py" line="+13"/>
        <source>Remote</source>
        <translation>À distance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On site</source>
        <translation>Sur place</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/models/venues_model.py" line="+13"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Affiliation</source>
        <translation>Affiliation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home zone</source>
        <translation>Fuseau de résidence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joins</source>
        <translation>Participe</translation>
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
        <translation>Capacité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
</context>
<context>
    <name>CopyEventDialog</name>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="+371"/>
        <source>New event from this one</source>
        <translation>Nouvel événement à partir de celui-ci</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Copies the venue, format, agenda, speakers and stream links. Attendees and checklist ticks start empty.</source>
        <translation>Copie le lieu, le format, le programme, les intervenants et les liens de diffusion. Les participants et les coches de la checklist repartent de zéro.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Starts (%1):</source>
        <translation>&amp;Début (%1)&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Copy event “%1”</source>
        <translation>Copier l’événement «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message>
        <location filename="../../ui/widgets/countdown.py" line="+24"/>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>days</source>
        <translation>jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>until the doors open</source>
        <translation>avant l’ouverture des portes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Happening now: until the end</source>
        <translation>En cours&#xa0;: avant la fin</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Ended %n day(s) ago</source>
        <translation>
            <numerusform>Terminé il y a %n jour</numerusform>
            <numerusform>Terminé il y a %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ended today</source>
        <translation>Terminé aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No event selected</source>
        <translation>Aucun événement sélectionné</translation>
    </message>
</context>
<context>
    <name>DateTimeRow</name>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="-329"/>
        <source>%1 date</source>
        <translation>%1&#xa0;: date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 time</source>
        <translation>%1&#xa0;: heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: which of the repeated hour</source>
        <translation>%1&#xa0;: laquelle des deux heures répétées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The clocks go back that night, so this time happens twice. Pick one.</source>
        <translation>Cette nuit-là, on recule les horloges d’une heure&#xa0;: cette heure existe donc deux fois. Choisissez-en une.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>earlier (%1)</source>
        <translation>la première (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>later (%1)</source>
        <translation>la seconde (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>which one?</source>
        <translation>laquelle&#xa0;?</translation>
    </message>
</context>
<context>
    <name>DoorModeWindow</name>
    <message>
        <location filename="../../ui/pages/door_mode.py" line="+42"/>
        <location line="+1"/>
        <source>Door mode</source>
        <translation>Mode accueil</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Checked in, going and guests</source>
        <translation>Arrivés, inscrits et invités</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrivals per 10 minutes</source>
        <translation>Arrivées par tranche de 10 minutes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scan a ticket or type a name…</source>
        <translation>Scannez un billet ou tapez un nom…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scan or find a person</source>
        <translation>Scanner ou chercher une personne</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matching people</source>
        <translation>Personnes trouvées</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter checks in  ·  ↑ ↓ pick a name  ·  Ctrl+Z undoes the last check-in  ·  Esc leaves door mode</source>
        <translation>Entrée enregistre l’arrivée  ·  ↑ ↓ choisir un nom  ·  Ctrl+Z annule la dernière arrivée  ·  Échap quitte le mode accueil</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1 checked in  /  %2 going</source>
        <translation>%1 arrivés  /  %2 inscrits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  /  guests %1 of %2</source>
        <translation>  /  invités %1 sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(door name: Preferences)</source>
        <translation>(nom de l’entrée&#xa0;: Préférences)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrivals per 10 minutes: none yet</source>
        <translation>Arrivées par tranche de 10 minutes&#xa0;: aucune pour l’instant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrivals per 10 minutes:</source>
        <translation>Arrivées par tranche de 10 minutes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>DoorPrinting</name>
    <message>
        <location filename="../../ui/door_printing.py" line="+38"/>
        <source>Printer “%1” was not found; choose another in Preferences.</source>
        <translation>Imprimante «&#xa0;%1&#xa0;» introuvable&#xa0;; choisissez-en une autre dans les Préférences.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No default printer is set; choose one in Preferences.</source>
        <translation>Aucune imprimante par défaut&#xa0;; choisissez-en une dans les Préférences.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printer “%1” could not start the job.</source>
        <translation>L’imprimante «&#xa0;%1&#xa0;» n’a pas pu lancer l’impression.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge sent to %1.</source>
        <translation>Badge envoyé à %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Badge not printed (the check-in is saved): %1</source>
        <translation>Badge non imprimé (l’arrivée est enregistrée)&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Printing a badge</source>
        <translation>Impression d’un badge</translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message>
        <location filename="../../ui/widgets/due_list.py" line="+23"/>
        <source>Next checklist items</source>
        <translation>Prochaines tâches de la checklist</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing due</source>
        <translation>Rien à échéance</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>no date</source>
        <translation>sans date</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>en retard de %n jour</numerusform>
            <numerusform>en retard de %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>due today</source>
        <translation>échéance aujourd’hui</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>échéance dans %n jour</numerusform>
            <numerusform>échéance dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Nothing due: all caught up.</source>
        <translation>Rien à échéance&#xa0;: tout est à jour.</translation>
    </message>
</context>
<context>
    <name>ErrorLabel</name>
    <message>
        <location filename="../../ui/dialogs/editor.py" line="+33"/>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>EventDelegate</name>
    <message>
        <location filename="../../ui/models/event_delegate.py" line="+49"/>
        <source>PAST EVENTS</source>
        <translation>ÉVÉNEMENTS PASSÉS</translation>
    </message>
</context>
<context>
    <name>EventDialog</name>
    <message>
        <location filename="../../ui/dialogs/event_dialog.py" line="+40"/>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit event</source>
        <translation>Modifier l’événement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. ML Rome #43: Vision on the edge</source>
        <translation>p. ex. ML Paris #43&#xa0;: la vision embarquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time &amp;zone:</source>
        <translation>&amp;Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Ends:</source>
        <translation>Fi&amp;n&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. America/New_York, Asia/Kolkata</source>
        <translation>p. ex. America/New_York, Asia/Kolkata</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also show times in:</source>
        <translation>Afficher aussi les heures en&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Format:</source>
        <translation>F&amp;ormat&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Announced</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;ut&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>New venue…</source>
        <translation>Nouveau lieu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New venue</source>
        <translation>Nouveau lieu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Venue:</source>
        <translation>&amp;Lieu&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Same as the venue</source>
        <translation>Comme le lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacité&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Description:</source>
        <translation>&amp;Description&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organiser:</source>
        <translation>Organisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organiser email:</source>
        <translation>E-mail de l’organisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organiser phone:</source>
        <translation>Téléphone de l’organisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Badges, the printed agenda, briefings, announcements and exports use it.</source>
        <translation>Les badges, le programme imprimé, les briefings, les annonces et les exports l’utilisent.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output &amp;language:</source>
        <translation>&amp;Langue des documents&#xa0;:</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Dates and times below are wall-clock times in %1 (%2 today).</source>
        <translation>Les dates et heures ci-dessous sont l’heure locale de %1 (%2 aujourd’hui).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the zone the event happens in.</source>
        <translation>Choisissez le fuseau horaire où a lieu l’événement.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No venue (online)</source>
        <translation>Pas de lieu (en ligne)</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Create event “%1”</source>
        <translation>Créer l’événement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Edit event “%1”</source>
        <translation>Modifier l’événement «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>EventsPage</name>
    <message>
        <location filename="../../ui/pages/events_page.py" line="+23"/>
        <source>&lt;h2&gt;All events&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tous les événements&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sort by date, format or turnout; open one to work on it.</source>
        <translation>Triez par date, format ou fréquentation&#xa0;; ouvrez-en un pour y travailler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search by title, venue or format</source>
        <translation>Rechercher par titre, lieu ou format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New event from &amp;this one…</source>
        <translation>Nouvel événement à partir de &amp;celui-ci…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Delete event</source>
        <translation>Supprimer l’événement</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="+83"/>
        <source>Choose the RSVP export</source>
        <translation>Choisir l’export des inscriptions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A CSV file from Meetup, Eventbrite, Luma or any spreadsheet. You can also drop the file here.</source>
        <translation>Un fichier CSV de Meetup, Eventbrite, Luma ou de n’importe quel tableur. Vous pouvez aussi déposer le fichier ici.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Path to a .csv file</source>
        <translation>Chemin d’un fichier .csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse for a file</source>
        <translation>Chercher un fichier</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem with the file</source>
        <translation>Problème avec le fichier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import attendees</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.tsv *.txt);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Formats</name>
    <message>
        <location filename="../../ui/models/events_model.py" line="-23"/>
        <source>In person</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hybrid</source>
        <translation>Hybride</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="+124"/>
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save a problem report</source>
        <translation>Enregistrer un rapport de problème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zip files (*.zip)</source>
        <translation>Fichiers zip (*.zip)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Cannot write %1: %2.</source>
        <translation>Impossible d’écrire %1&#xa0;: %2.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Saved %1.

It holds the program&apos;s versions, your system&apos;s name and the log file, but no names, addresses or other data from your meetups. Attach it to a new issue on the project&apos;s page.</source>
        <translation>%1 enregistré.

Il contient les versions du programme, le nom de votre système et le fichier journal, mais aucun nom, adresse ou autre donnée de vos meetups. Joignez-le à un nouveau ticket sur la page du projet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open the issue page</source>
        <translation>Ouvrir la page des tickets</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="+264"/>
        <location line="+1"/>
        <source>Import attendees</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Import cancelled; nothing was changed.</source>
        <translation>Import annulé&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Importing attendees…</source>
        <translation>Import des participants…</translation>
    </message>
</context>
<context>
    <name>Kinds</name>
    <message>
        <location filename="../../ui/models/sessions_model.py" line="-34"/>
        <source>Talk</source>
        <translation>Conférence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Panel</source>
        <translation>Table ronde</translation>
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
        <translation>Lightning talks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
</context>
<context>
    <name>LineUp</name>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="+42"/>
        <source>Speakers of this session</source>
        <translation>Intervenants de cette session</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Move speaker up</source>
        <translation>Monter l’intervenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move speaker down</source>
        <translation>Descendre l’intervenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove speaker from session</source>
        <translation>Retirer l’intervenant de la session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from this session</source>
        <translation>Retirer de cette session</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Speaker to add</source>
        <translation>Intervenant à ajouter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Speaker</source>
        <translation>Intervenant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Moderator</source>
        <translation>Modérateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Panellist</source>
        <translation>Panéliste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add speaker to session</source>
        <translation>Ajouter l’intervenant à la session</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New speaker…</source>
        <translation>Nouvel intervenant…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>speaker</source>
        <translation>intervenant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>moderator</source>
        <translation>modérateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>panellist</source>
        <translation>panéliste</translation>
    </message>
</context>
<context>
    <name>ListingPanel</name>
    <message>
        <location filename="../../ui/pages/listing.py" line="+67"/>
        <location line="+3"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+65"/>
        <location filename="../../ui/pages/overview_page.py" line="+52"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda</source>
        <translation>Programme</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/pages/speakers_page.py" line="+42"/>
        <source>Speakers</source>
        <translation>Intervenants</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Venue &amp; Stream</source>
        <translation>Lieu et diffusion</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Attendees</source>
        <translation>Participants</translation>
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
        <translation>Impression</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../ui/pages/venues_page.py" line="+20"/>
        <source>Venues</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../ui/pages/speakers_page.py" line="+203"/>
        <source>Speaker library</source>
        <translation>Tous les intervenants</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/pages/events_page.py" line="-17"/>
        <source>All events</source>
        <translation>Tous les événements</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>EVENT</source>
        <translation>ÉVÉNEMENT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LIBRARY</source>
        <translation>BIBLIOTHÈQUE</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+1"/>
        <source>Search events</source>
        <translation>Rechercher des événements</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+1"/>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Selected event</source>
        <translation>Événement sélectionné</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opening the database…</source>
        <translation>Ouverture de la base de données…</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Ouvrir une base de données…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>New &amp;database…</source>
        <translation>Nouvelle &amp;base de données…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connect to a &amp;team database…</source>
        <translation>Se connecter à une base d’&amp;équipe…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Back up or &amp;restore…</source>
        <translation>Sauvegarder ou &amp;restaurer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Import schedule…</source>
        <translation>&amp;Importer un programme…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport schedule…</source>
        <translation>E&amp;xporter le programme…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print…</source>
        <translation>Im&amp;primer…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Pre&amp;ferences…</source>
        <translation>Pré&amp;férences…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find</source>
        <translation>Rec&amp;hercher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Eve&amp;nt</source>
        <translation>É&amp;vénement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit event…</source>
        <translation>&amp;Modifier l’événement…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New event from &amp;this one…</source>
        <translation>Nouvel événement à partir de &amp;celui-ci…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Delete event…</source>
        <translation>&amp;Supprimer l’événement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make a &amp;series…</source>
        <translation>Créer une sé&amp;rie…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Find a time s&amp;lot…</source>
        <translation>Trouver un cré&amp;neau…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Speakers</source>
        <translation>&amp;Intervenants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write to speakers…</source>
        <translation>&amp;Écrire aux intervenants…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User guide</source>
        <translation>&amp;Guide d’utilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Report a problem…</source>
        <translation>Signaler un pro&amp;blème…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Meetup Organiser</source>
        <translation>À &amp;propos de Meetup Organiser</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Choose an event to import attendees into.</source>
        <translation>Choisissez un événement dans lequel importer les participants.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Database: %1</source>
        <translation>Base de données&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+196"/>
        <source>Working…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Undone: %1</source>
        <translation>Annulé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done: %1</source>
        <translation>Fait&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Open a database</source>
        <translation>Ouvrir une base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetup Organiser databases (*.sqlite *.db);;All files (*)</source>
        <translation>Bases Meetup Organiser (*.sqlite *.db);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New database</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meetup Organiser databases (*.sqlite)</source>
        <translation>Bases Meetup Organiser (*.sqlite)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Team database</source>
        <translation>Base d’équipe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL address, e.g. postgresql+psycopg://user@server/meetups</source>
        <translation>Adresse PostgreSQL, p. ex. postgresql+psycopg://utilisateur@serveur/meetups</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open database</source>
        <translation>Ouvrir la base de données</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Cannot lock %1: %2.</source>
        <translation>Impossible de verrouiller %1&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>MakeSeriesDialog</name>
    <message>
        <location filename="../../ui/dialogs/series_dialog.py" line="+86"/>
        <source>Make a series</source>
        <translation>Créer une série</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>New events after “%1”: same venue, stream links (no keys), agenda skeleton and checklists, re-dated. Each stays independent.</source>
        <translation>Nouveaux événements après «&#xa0;%1&#xa0;»&#xa0;: même lieu, liens de diffusion (sans clés), trame du programme et checklists, redatés. Chacun reste indépendant.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>How often</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Every:</source>
        <translation>&amp;Tous les&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>How many new events</source>
        <translation>Nombre de nouveaux événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New events:</source>
        <translation>&amp;Nouveaux événements&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time zones to rotate through</source>
        <translation>Fuseaux horaires en rotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Rotate zones:</source>
        <translation>&amp;Fuseaux en rotation&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Local start time</source>
        <translation>Heure de début locale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Local start:</source>
        <translation>Début &amp;local&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Local start</source>
        <translation>Début local</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The events to be made</source>
        <translation>Les événements à créer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Make the events</source>
        <translation>&amp;Créer les événements</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 new events.</source>
        <translation>%1 nouveaux événements.</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Make a series of %1 events</source>
        <translation>Créer une série de %1 événements</translation>
    </message>
</context>
<context>
    <name>Ops</name>
    <message>
        <location filename="../../ui/ops.py" line="+62"/>
        <source>Something went wrong (%1); nothing was changed. Details are in the log.</source>
        <translation>Un problème est survenu (%1) ; rien n’a été modifié. Les détails sont dans le journal.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <location filename="../../ui/pages/overview_page.py" line="+35"/>
        <source>Event title</source>
        <translation>Titre de l’événement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit event…</source>
        <translation>Modifier l’événement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New event from this one…</source>
        <translation>Nouvel événement à partir de celui-ci…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete event</source>
        <translation>Supprimer l’événement</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Countdown</source>
        <translation>Compte à rebours</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Venue and RSVPs</source>
        <translation>Lieu et inscriptions</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Attendance over recent events</source>
        <translation>Fréquentation des derniers événements</translation>
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
        <translation>Préparation des intervenants</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose an event in the sidebar, or create one with File ▸ New event.</source>
        <translation>Choisissez un événement dans la barre latérale, ou créez-en un avec Fichier ▸ Nouvel événement.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announced</source>
        <translation>Annoncé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>speakers</source>
        <translation>intervenants</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>going</source>
        <translation>inscrits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>going (%1 guests)</source>
        <translation>inscrits (%1 invités)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>checked in</source>
        <translation>arrivés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Online only</source>
        <translation>En ligne uniquement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No room to book; RSVPs count against the event&apos;s limit.</source>
        <translation>Pas de salle à réserver&#xa0;; les inscriptions comptent dans la limite de l’événement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No venue yet</source>
        <translation>Pas encore de lieu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick one in Library ▸ Venues or in Edit event.</source>
        <translation>Choisissez-en un dans Bibliothèque ▸ Lieux ou dans Modifier l’événement.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n stream link(s)</source>
        <translation>
            <numerusform>%n lien de diffusion</numerusform>
            <numerusform>%n liens de diffusion</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no stream link yet</source>
        <translation>pas encore de lien de diffusion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>venue closes at %1</source>
        <translation>le lieu ferme à %1</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/dialogs/passphrase_dialog.py" line="+34"/>
        <source>Protect stream keys with a passphrase</source>
        <translation>Protéger les clés de stream par une phrase secrète</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unlock the stream keys</source>
        <translation>Déverrouiller les clés de stream</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer has no keyring. Stream keys will be kept in a file encrypted with a passphrase you choose now; you will be asked for it once each time the app starts. Without it they are forgotten when you close the app.</source>
        <translation>Cet ordinateur n’a pas de trousseau. Les clés de stream seront gardées dans un fichier chiffré avec une phrase secrète que vous choisissez maintenant&#xa0;; elle vous sera demandée une fois à chaque démarrage du programme. Sans elle, les clés sont oubliées à la fermeture du programme.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Type the passphrase of the stream key file to use the keys saved on this computer.</source>
        <translation>Saisissez la phrase secrète du fichier des clés de stream pour utiliser les clés enregistrées sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Phrase secrète&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Passphrase again</source>
        <translation>Phrase secrète à nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmer&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The two passphrases differ; type them again.</source>
        <translation>Les deux phrases secrètes diffèrent&#xa0;; saisissez-les à nouveau.</translation>
    </message>
</context>
<context>
    <name>PhotoPicker</name>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="+73"/>
        <source>Photo preview</source>
        <translation>Aperçu de la photo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose photo…</source>
        <translation>Choisir une photo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove photo</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>A photo is set</source>
        <translation>Une photo est définie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No photo</source>
        <translation>Pas de photo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a photo</source>
        <translation>Choisir une photo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/dialogs/preferences_dialog.py" line="+32"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Same as the system</source>
        <translation>Comme le système</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Theme:</source>
        <translation>&amp;Thème&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new language shows fully after restarting the program; a new theme shows at once.</source>
        <translation>Une nouvelle langue s’affiche entièrement après le redémarrage du programme&#xa0;; un nouveau thème s’affiche tout de suite.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>e.g. Door 1, Main entrance</source>
        <translation>p. ex. Porte 1, Entrée principale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Door name of this laptop</source>
        <translation>Nom de l’entrée de cet ordinateur portable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Door name:</source>
        <translation>Nom de l’&amp;entrée&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Printer for badges at the door</source>
        <translation>Imprimante des badges à l’accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The system&apos;s default printer</source>
        <translation>L’imprimante par défaut du système</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (not found now)</source>
        <translation>%1 (introuvable pour l’instant)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Badge &amp;printer:</source>
        <translation>&amp;Imprimante des badges&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Label layout for badges at the door</source>
        <translation>Format d’étiquettes des badges à l’accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Same as the Check-in page</source>
        <translation>Comme sur la page Check-in</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Label la&amp;yout:</source>
        <translation>F&amp;ormat d’étiquettes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print a badge at each check-in</source>
        <translation>Imprimer un badge à chaque arrivée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With a blank “Guest of NAME” badge per guest</source>
        <translation>Avec un badge vierge «&#xa0;Invité de NOM&#xa0;» par invité</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="-396"/>
        <source>Full name</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pronouns</source>
        <translation>Pronoms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RSVP / status</source>
        <translation>Réponse / statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attended (yes/no)</source>
        <translation>Présent (oui/non)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in time</source>
        <translation>Heure d’arrivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ID in the source</source>
        <translation>ID dans la source</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guests</source>
        <translation>Invités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other CSV</source>
        <translation>Autre CSV</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma</source>
        <translation>virgule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon</source>
        <translation>point-virgule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Check the columns</source>
        <translation>Vérifier les colonnes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was found in the file</source>
        <translation>Ce qui a été trouvé dans le fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format of the file</source>
        <translation>Format du fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Encoding:</source>
        <translation>Encodage&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Encoding of the file</source>
        <translation>Encodage du fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>First rows of the file</source>
        <translation>Premières lignes du fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Replace values I corrected by hand</source>
        <translation>Remplacer les valeurs que j’ai corrigées à la main</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overwrite manual edits</source>
        <translation>Écraser les modifications manuelles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which column holds what</source>
        <translation>Que contient chaque colonne</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Problem with the import</source>
        <translation>Problème lors de l’import</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: rows of people: %2 · %3 · %4-separated.</source>
        <translation>%1&#xa0;: %2 lignes de personnes · %3 · séparateur %4.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>The columns you chose last time for this file are set.</source>
        <translation>Les colonnes choisies la dernière fois pour ce fichier sont reprises.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This file is not from a platform the app knows: check which column holds the name and the email before importing.</source>
        <translation>Ce fichier ne vient pas d’une plateforme connue de l’application&#xa0;: vérifiez quelle colonne contient le nom et l’e-mail avant d’importer.</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../ui/pages/print_page.py" line="+68"/>
        <source>Print</source>
        <translation>Impression</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Label sheet</source>
        <translation>Planche d’étiquettes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add layout…</source>
        <translation>Ajouter un format…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a custom label sheet</source>
        <translation>Ajouter une planche d’étiquettes personnalisée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start at label</source>
        <translation>Commencer à l’étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First free label on a part-used sheet (1 = top-left)</source>
        <translation>Première étiquette libre d’une planche entamée (1 = en haut à gauche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Only badges not printed yet</source>
        <translation>Seulement les badges pas encore imprimés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>QR code content</source>
        <translation>Contenu du code QR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in token</source>
        <translation>Code d’arrivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact card (vCard) for networking</source>
        <translation>Carte de contact (vCard) pour le networking</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Cut marks</source>
        <translation>Traits de coupe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logo image file</source>
        <translation>Fichier image du logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No logo</source>
        <translation>Pas de logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo…</source>
        <translation>Logo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a logo image</source>
        <translation>Choisir une image de logo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Badges</source>
        <translation>Badges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label sheet:</source>
        <translation>Planche d’&amp;étiquettes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Start at label:</source>
        <translation>&amp;Commencer à l’étiquette&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;QR code:</source>
        <translation>Code &amp;QR&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>L&amp;ogo:</source>
        <translation>L&amp;ogo&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Horizontal offset in millimetres</source>
        <translation>Décalage horizontal en millimètres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical offset in millimetres</source>
        <translation>Décalage vertical en millimètres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Scale</source>
        <translation>Échelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save calibration</source>
        <translation>Enregistrer le calibrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save printer calibration</source>
        <translation>Enregistrer le calibrage de l’imprimante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calibration page…</source>
        <translation>Page de calibrage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a calibration page</source>
        <translation>Enregistrer une page de calibrage</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+244"/>
        <source>Printer calibration</source>
        <translation>Calibrage de l’imprimante</translation>
    </message>
    <message>
        <location line="-242"/>
        <source>Move &amp;right (mm):</source>
        <translation>Décaler à &amp;droite (mm)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;down (mm):</source>
        <translation>Décaler vers le &amp;bas (mm)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;cale:</source>
        <translation>É&amp;chelle&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save PDF…</source>
        <translation>Enregistrer le PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save badges as PDF</source>
        <translation>Enregistrer les badges en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+314"/>
        <location line="+9"/>
        <source>Print badges</source>
        <translation>Imprimer les badges</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>Badge summary</source>
        <translation>Résumé des badges</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last action</source>
        <translation>Dernière action</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Preview of the first sheet</source>
        <translation>Aperçu de la première planche</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First sheet</source>
        <translation>Première planche</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 (custom)</source>
        <translation>%1 (personnalisé)</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Choose an event to print its badges.</source>
        <translation>Choisissez un événement pour imprimer ses badges.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Badges: %1 · Sheets: %2</source>
        <translation>Badges&#xa0;: %1 · Planches&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Badge logo</source>
        <translation>Logo du badge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Calibration saved.</source>
        <translation>Calibrage enregistré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save calibration page</source>
        <translation>Enregistrer la page de calibrage</translation>
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
        <translation>Page de calibrage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calibration page saved to %1.</source>
        <translation>Page de calibrage enregistrée dans %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Making badges…</source>
        <translation>Préparation des badges…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save badges</source>
        <translation>Enregistrer les badges</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Saved %n badge(s) on %1 to %2.</source>
        <translation>
            <numerusform>%n badge sur %1 enregistré dans %2.</numerusform>
            <numerusform>%n badges sur %1 enregistrés dans %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n planche</numerusform>
            <numerusform>%n planches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Sent %n badge(s) to the printer.</source>
        <translation>
            <numerusform>%n badge envoyé à l’imprimante.</numerusform>
            <numerusform>%n badges envoyés à l’imprimante.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The badge PDF could not be read back for printing.</source>
        <translation>Impossible de relire le PDF des badges pour l’imprimer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The printer could not be opened.</source>
        <translation>Impossible d’ouvrir l’imprimante.</translation>
    </message>
</context>
<context>
    <name>Problems</name>
    <message>
        <location filename="../../ui/problems.py" line="+24"/>
        <source>Something went wrong (%1). The details are in the log file:
%2</source>
        <translation>Un problème est survenu (%1). Les détails sont dans le fichier journal&#xa0;:
%2</translation>
    </message>
</context>
<context>
    <name>ProgressRing</name>
    <message>
        <location filename="../../ui/widgets/progress.py" line="+20"/>
        <source>Checklist progress</source>
        <translation>Avancement de la checklist</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+34"/>
        <source>No checklist yet</source>
        <translation>Pas encore de checklist</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+31"/>
        <source>%1 of %2 done</source>
        <translation>%1 sur %2 faites</translation>
    </message>
    <message numerus="yes">
        <location line="-29"/>
        <location line="+39"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Nothing overdue</source>
        <translation>Rien en retard</translation>
    </message>
</context>
<context>
    <name>ReadinessGrid</name>
    <message>
        <location filename="../../ui/widgets/readiness_grid.py" line="+30"/>
        <source>Speaker readiness</source>
        <translation>Préparation des intervenants</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of %2 speaker tasks done</source>
        <translation>%1 sur %2 tâches des intervenants faites</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No speaker checklists yet</source>
        <translation>Pas encore de checklist pour les intervenants</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to do</source>
        <translation>à faire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not asked</source>
        <translation>pas demandé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Speaker tasks appear here once the event has a checklist.</source>
        <translation>Les tâches des intervenants apparaissent ici dès que l’événement a une checklist.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(remote)</source>
        <translation>(à distance)</translation>
    </message>
</context>
<context>
    <name>RecentMenu</name>
    <message>
        <location filename="../../ui/recent.py" line="+33"/>
        <source>Open Re&amp;cent</source>
        <translation>Ouvrir un fichier ré&amp;cent</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This file is no longer there.</source>
        <translation>Ce fichier n’existe plus.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No recent databases</source>
        <translation>Aucune base récente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Clear list</source>
        <translation>&amp;Vider la liste</translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message>
        <location filename="../../ui/dialogs/import_wizard.py" line="+82"/>
        <source>Import finished</source>
        <translation>Import terminé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import report</source>
        <translation>Rapport d’import</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 added, %2 updated, %3 unchanged, %4 skipped</source>
        <translation>%1 ajoutés, %2 mis à jour, %3 inchangés, %4 ignorés</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1-separated</source>
        <translation>séparateur %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported %1 as %2 (%3).</source>
        <translation>%1 importé comme %2 (%3).</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>%n value(s) you edited by hand were kept (tick “Replace values I corrected by hand” to replace them).</source>
        <translation>
            <numerusform>%n valeur modifiée à la main a été conservée (cochez « Remplacer les valeurs que j’ai corrigées à la main » pour la remplacer).</numerusform>
            <numerusform>%n valeurs modifiées à la main ont été conservées (cochez « Remplacer les valeurs que j’ai corrigées à la main » pour les remplacer).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Skipped line %1: %2</source>
        <translation>Ligne %1 ignorée : %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note on line %1: %2</source>
        <translation>Remarque sur la ligne %1 : %2</translation>
    </message>
</context>
<context>
    <name>RoomGridModel</name>
    <message>
        <location filename="../../ui/models/agenda_grid_model.py" line="+85"/>
        <source>Day {n} · {date}</source>
        <translation>Jour {n} · {date}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
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
        <translation>Importer un programme</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Schedules (*.json *.xml *.csv *.xlsx)</source>
        <translation>Programmes (*.json *.xml *.csv *.xlsx)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Add the sessions to the selected event, or make a new event?</source>
        <translation>Ajouter les sessions à l’événement sélectionné, ou créer un nouvel événement&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add to this event</source>
        <translation>Ajouter à cet événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+11"/>
        <source>Export the schedule</source>
        <translation>Exporter le programme</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>frab schedule XML (*.xml);;c3voc schedule JSON (*.json)</source>
        <translation>Programme frab XML (*.xml);;Programme c3voc JSON (*.json)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Schedule written to %1</source>
        <translation>Programme enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>SeriesCard</name>
    <message>
        <location filename="../../ui/widgets/series_card.py" line="+28"/>
        <source>This series</source>
        <translation>Cette série</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Going</source>
        <translation>Inscrits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checked in</source>
        <translation>Arrivés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events of this series</source>
        <translation>Événements de cette série</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <location filename="../../ui/dialogs/session_dialog.py" line="+57"/>
        <source>New session</source>
        <translation>Nouvelle session</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit session</source>
        <translation>Modifier la session</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Starts (%1):</source>
        <translation>&amp;Début (%1)&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Room:</source>
        <translation>&amp;Salle&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Abstract:</source>
        <translation>&amp;Résumé&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S&amp;peakers:</source>
        <translation>&amp;Intervenants&#xa0;:</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Add session “%1”</source>
        <translation>Ajouter la session «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit session “%1”</source>
        <translation>Modifier la session «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="-73"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>SlotFinderDialog</name>
    <message>
        <location filename="../../ui/dialogs/slots_dialog.py" line="+47"/>
        <source>Move event “%1”</source>
        <translation>Déplacer l’événement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Find a time slot</source>
        <translation>Trouver un créneau</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Audience time zones with weights</source>
        <translation>Fuseaux horaires du public avec leurs poids</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Audience (zone:weight):</source>
        <translation>&amp;Public (fuseau:poids)&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session length in minutes</source>
        <translation>Durée de la session en minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Date (UTC)</source>
        <translation>Date (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Da&amp;te (UTC):</source>
        <translation>Da&amp;te (UTC)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Local hours the whole session must fit in</source>
        <translation>Heures locales dans lesquelles toute la session doit tenir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Local window:</source>
        <translation>Plage &amp;locale&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Share of the audience for each start time (UTC)</source>
        <translation>Part du public pour chaque heure de début (UTC)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Selected start</source>
        <translation>Début choisi</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Best start times</source>
        <translation>Meilleures heures de début</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Move the event to this start</source>
        <translation>&amp;Déplacer l’événement à ce début</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Green: the whole session falls inside everyone&apos;s local window.</source>
        <translation>Vert&#xa0;: toute la session tombe dans la plage locale de chacun.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start (UTC)</source>
        <translation>Début (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>“%1” now starts %2.</source>
        <translation>«&#xa0;%1&#xa0;» commence maintenant %2.</translation>
    </message>
</context>
<context>
    <name>SpeakerDialog</name>
    <message>
        <location filename="../../ui/dialogs/speaker_dialog.py" line="+23"/>
        <source>New speaker</source>
        <translation>Nouvel intervenant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit speaker</source>
        <translation>Modifier l’intervenant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Photo:</source>
        <translation>Photo&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. she/her</source>
        <translation>p. ex. elle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pronouns:</source>
        <translation>&amp;Pronoms&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;hone:</source>
        <translation>&amp;Téléphone&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Affiliation:</source>
        <translation>&amp;Affiliation&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home time &amp;zone:</source>
        <translation>&amp;Fuseau de résidence&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Speaks remotely</source>
        <translation>Intervient à distance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joins:</source>
        <translation>Participe&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Bio:</source>
        <translation>&amp;Biographie&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Website, Mastodon, GitHub…</source>
        <translation>Site web, Mastodon, GitHub…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Links:</source>
        <translation>&amp;Liens&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Create speaker “%1”</source>
        <translation>Créer l’intervenant «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit speaker “%1”</source>
        <translation>Modifier l’intervenant «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>SpeakerLibraryPage</name>
    <message>
        <location filename="../../ui/pages/speakers_page.py" line="+6"/>
        <source>&lt;h2&gt;Speaker library&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tous les intervenants&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speakers across all your events. Add someone to a session from the session editor; their bio and photo come along.</source>
        <translation>Les intervenants de tous vos événements. Ajoutez-en un à une session depuis l’éditeur de session&#xa0;: sa biographie et sa photo suivent.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Speaker library</source>
        <translation>Tous les intervenants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search by name, affiliation or email</source>
        <translation>Rechercher par nom, affiliation ou e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New speaker…</source>
        <translation>&amp;Nouvel intervenant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit speaker</source>
        <translation>Modifier l’intervenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+43"/>
        <source>Delete speaker</source>
        <translation>Supprimer l’intervenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete “%1” and take them out of every session?</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» et le retirer de toutes les sessions&#xa0;?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Delete speaker “%1”</source>
        <translation>Supprimer l’intervenant «&#xa0;%1&#xa0;»</translation>
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
        <translation>Faites glisser une ligne pour changer le déroulé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add session…</source>
        <translation>&amp;Ajouter une session…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Add session</source>
        <translation>Ajouter une session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit session</source>
        <translation>Modifier la session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+124"/>
        <source>Remove session</source>
        <translation>Retirer la session</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;h3&gt;On stage at this event&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Sur scène à cet événement&lt;/h3&gt;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Speakers at this event</source>
        <translation>Intervenants de cet événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search speakers</source>
        <translation>Rechercher des intervenants</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New speaker…</source>
        <translation>Nouvel intervenant…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit speaker…</source>
        <translation>Modifier l’intervenant…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose an event in the sidebar.</source>
        <translation>Choisissez un événement dans la barre latérale.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Remove “%1” from the agenda?</source>
        <translation>Retirer «&#xa0;%1&#xa0;» du programme&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove session “%1”</source>
        <translation>Retirer la session «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Move “%1”</source>
        <translation>Déplacer «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>StatStrip</name>
    <message>
        <location filename="../../ui/widgets/stats.py" line="+19"/>
        <source>Key figures</source>
        <translation>Chiffres clés</translation>
    </message>
</context>
<context>
    <name>StreamLinkDialog</name>
    <message>
        <location filename="../../ui/dialogs/stream_link_dialog.py" line="+29"/>
        <source>Edit stream link</source>
        <translation>Modifier le lien de diffusion</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Usage&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Viewer link:</source>
        <translation>Lien &amp;spectateurs&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Studio or ingest link:</source>
        <translation>Lien s&amp;tudio ou ingest&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Edit stream link “%1”</source>
        <translation>Modifier le lien de diffusion «&#xa0;%1&#xa0;»</translation>
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
        <translation>Secours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Whole event</source>
        <translation>Tout l’événement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>set</source>
        <translation>définie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Purpose</source>
        <translation>Usage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Viewer link</source>
        <translation>Lien spectateurs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Studio / ingest</source>
        <translation>Studio / ingest</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stream key</source>
        <translation>Clé de stream</translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message>
        <location filename="../../ui/dialogs/template_editor.py" line="+46"/>
        <source>Checklist templates</source>
        <translation>Modèles de checklist</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Templates</source>
        <translation>Modèles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+298"/>
        <source>New template</source>
        <translation>Nouveau modèle</translation>
    </message>
    <message>
        <location line="-296"/>
        <source>De&amp;lete</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+307"/>
        <source>Delete template</source>
        <translation>Supprimer le modèle</translation>
    </message>
    <message>
        <location line="-305"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a template from a file</source>
        <translation>Importer un modèle depuis un fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the template to a file</source>
        <translation>Exporter le modèle dans un fichier</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The template applies to</source>
        <translation>Le modèle s’applique à</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the event</source>
        <translation>l’événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each speaker of the event</source>
        <translation>chaque intervenant de l’événement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Use for {0} events</source>
        <translation>Utiliser pour les événements {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Template items</source>
        <translation>Tâches du modèle</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Add item</source>
        <translation>&amp;Ajouter une tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add an item</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove item</source>
        <translation>&amp;Retirer la tâche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected item</source>
        <translation>Retirer la tâche sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected item up</source>
        <translation>Monter la tâche sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Move do&amp;wn</source>
        <translation>&amp;Descendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move the selected item down</source>
        <translation>Descendre la tâche sélectionnée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“When” is counted from the event start in the event&apos;s time zone: “-7 days”, “-7 days at 18:00”, “-2 hours”, “+1 day”. In a speaker template, items in the category “Remote” go only to remote speakers and “On site” only to speakers in the room. Changes apply to checklists added from now on.</source>
        <translation>«&#xa0;Quand&#xa0;» se compte depuis le début de l’événement, dans son fuseau horaire, et s’écrit en anglais&#xa0;: «&#xa0;-7 days&#xa0;», «&#xa0;-7 days at 18:00&#xa0;», «&#xa0;-2 hours&#xa0;», «&#xa0;+1 day&#xa0;». Dans un modèle pour intervenants, les tâches de la catégorie «&#xa0;Remote&#xa0;» ne vont qu’aux intervenants à distance et «&#xa0;On site&#xa0;» qu’à ceux présents dans la salle. Les modifications valent pour les checklists ajoutées à partir de maintenant.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A&amp;pplies to:</source>
        <translation>S’a&amp;pplique à&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>For events:</source>
        <translation>Pour les événements&#xa0;:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source> (shipped)</source>
        <translation> (fourni)</translation>
    </message>
    <message numerus="yes">
        <location line="+40"/>
        <source>%n item(s). Offered for events of the ticked formats.</source>
        <translation>
            <numerusform>%n tâche. Proposé pour les événements des formats cochés.</numerusform>
            <numerusform>%n tâches. Proposé pour les événements des formats cochés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Tick at least one format.</source>
        <translation>Cochez au moins un format.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Add item</source>
        <translation>Ajouter une tâche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What needs doing?</source>
        <translation>Qu’y a-t-il à faire&#xa0;?</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Delete the template “{0}”? Items it already added to events stay.</source>
        <translation>Supprimer le modèle «&#xa0;{0}&#xa0;»&#xa0;? Les tâches déjà ajoutées aux événements restent.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Export template</source>
        <translation>Exporter le modèle</translation>
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
        <translation>Importer un modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replace the existing template?</source>
        <translation>Remplacer le modèle existant&#xa0;?</translation>
    </message>
</context>
<context>
    <name>TrendBars</name>
    <message>
        <location filename="../../ui/widgets/trend_bars.py" line="+25"/>
        <source>Attendance trend</source>
        <translation>Évolution de la fréquentation</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: %2 going, %3 came</source>
        <translation>%1&#xa0;: %2 inscrits, %3 venus</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The trend appears after a few events.</source>
        <translation>L’évolution apparaît après quelques événements.</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+1"/>
        <source>RSVP going</source>
        <translation>inscrits</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>checked in</source>
        <translation>arrivés</translation>
    </message>
</context>
<context>
    <name>UserGuideDialog</name>
    <message>
        <location filename="../../ui/dialogs/help_dialogs.py" line="-60"/>
        <location line="+5"/>
        <source>User guide</source>
        <translation>Guide d’utilisation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user guide is missing from this installation.</source>
        <translation>Le guide d’utilisation manque dans cette installation.</translation>
    </message>
</context>
<context>
    <name>VenueDialog</name>
    <message>
        <location filename="../../ui/dialogs/venue_dialog.py" line="+24"/>
        <source>New venue</source>
        <translation>Nouveau lieu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit venue</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>e.g. Talent Garden Ostiense</source>
        <translation>p. ex. Station F</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Map link:</source>
        <translation>Lien vers la &amp;carte&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown</source>
        <translation>Inconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Capacity:</source>
        <translation>&amp;Capacité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact:</source>
        <translation>Contact&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact email:</source>
        <translation>E-mail du contact&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact phone:</source>
        <translation>Téléphone du contact&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility:</source>
        <translation>Accessibilité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wi-Fi name:</source>
        <translation>Nom du Wi-Fi&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wi-Fi password:</source>
        <translation>Mot de passe Wi-Fi&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/V equipment:</source>
        <translation>Équipement audio/vidéo&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes at:</source>
        <translation>Ferme à&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes:</source>
        <translation>Notes&#xa0;:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Create venue “%1”</source>
        <translation>Créer le lieu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Edit venue “%1”</source>
        <translation>Modifier le lieu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>VenueStreamPage</name>
    <message>
        <location filename="../../ui/pages/venue_stream_page.py" line="+199"/>
        <source>Viewer link</source>
        <translation>Lien spectateurs</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Venue &amp; Stream</source>
        <extracomment>A copied stream key leaves the clipboard after this long, if it is still there (as password managers do); tests shorten it.</extracomment>
        <translation>Lieu et diffusion</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Open &amp;map</source>
        <translation>Ouvrir la &amp;carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the venue map in the browser</source>
        <translation>Ouvrir la carte du lieu dans le navigateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity:</source>
        <translation>Capacité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closes at:</source>
        <translation>Ferme à&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accessibility:</source>
        <translation>Accessibilité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wifi:</source>
        <translation>Wi-Fi&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A/V:</source>
        <translation>Audio/vidéo&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Stream and call links</source>
        <translation>Liens de diffusion et d’appel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stream links</source>
        <translation>Liens de diffusion</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Purpose of the new link</source>
        <translation>Usage du nouveau lien</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole event or one session</source>
        <translation>Tout l’événement ou une session</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Viewer link (https://…)</source>
        <translation>Lien spectateurs (https://…)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Studio or ingest (https://, rtmps://)</source>
        <translation>Studio ou ingest (https://, rtmps://)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Studio or ingest link</source>
        <translation>Lien studio ou ingest</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detected platform</source>
        <translation>Plateforme détectée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add link</source>
        <translation>&amp;Ajouter le lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the link</source>
        <translation>Ajouter le lien</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Open viewer link</source>
        <translation>&amp;Ouvrir le lien spectateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the selected viewer link in the browser</source>
        <translation>Ouvrir le lien spectateurs sélectionné dans le navigateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ed&amp;it link…</source>
        <translation>&amp;Modifier le lien…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the selected link</source>
        <translation>Modifier le lien sélectionné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove link</source>
        <translation>&amp;Retirer le lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the selected link</source>
        <translation>Retirer le lien sélectionné</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stream key for the selected link</source>
        <translation>Clé de stream du lien sélectionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream key (kept in the system keyring)</source>
        <translation>Clé de stream (gardée dans le trousseau du système)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;key</source>
        <translation>Enregistrer la &amp;clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the stream key</source>
        <translation>Enregistrer la clé de stream</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hold to s&amp;how</source>
        <translation>Maintenir pour &amp;voir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the saved stream key while the button is held down</source>
        <translation>Afficher la clé de stream enregistrée tant que le bouton est maintenu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cop&amp;y key</source>
        <translation>Cop&amp;ier la clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the saved stream key</source>
        <translation>Copier la clé de stream enregistrée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved stream key, while shown</source>
        <translation>Clé de stream enregistrée, pendant l’affichage</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready to go live?</source>
        <translation>Prêts pour le direct&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What is missing for the stream</source>
        <translation>Ce qui manque pour la diffusion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Consent &amp;given</source>
        <translation>Accord &amp;donné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected speaker agreed to be recorded for that session</source>
        <translation>L’intervenant sélectionné accepte d’être enregistré pour cette session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent re&amp;fused</source>
        <translation>Accord &amp;refusé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The selected speaker does not want that session recorded</source>
        <translation>L’intervenant sélectionné ne veut pas que cette session soit enregistrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For the selected speaker:</source>
        <translation>Pour l’intervenant sélectionné&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose an event.</source>
        <translation>Choisissez un événement.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Whole event</source>
        <translation>Tout l’événement</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Stream keys are kept in the system keyring, never in the database.</source>
        <translation>Les clés de stream sont gardées dans le trousseau du système, jamais dans la base de données.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no keyring: stream keys are kept in a file encrypted with your passphrase, never in the database.</source>
        <translation>Cet ordinateur n’a pas de trousseau&#xa0;: les clés de stream sont gardées dans un fichier chiffré avec votre phrase secrète, jamais dans la base de données.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This computer has no keyring: stream keys are kept only until you close the app, and never in the database.</source>
        <translation>Cet ordinateur n’a pas de trousseau&#xa0;: les clés de stream ne sont gardées que jusqu’à la fermeture du programme, et jamais dans la base de données.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This event is in person only; nothing to stream.</source>
        <translation>Cet événement est en présentiel uniquement&#xa0;; rien à diffuser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Everything is in place for the stream.</source>
        <translation>Tout est prêt pour la diffusion.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No venue chosen (online only?)</source>
        <translation>Aucun lieu choisi (en ligne uniquement&#xa0;?)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{0} (the password is printed on the agenda only if you tick Wifi)</source>
        <translation>{0} (le mot de passe n’est imprimé sur le programme que si vous cochez Wi-Fi)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Add stream link</source>
        <translation>Ajouter un lien de diffusion</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Link added.</source>
        <translation>Lien ajouté.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+15"/>
        <location line="+47"/>
        <source>Select a link first.</source>
        <translation>Sélectionnez d’abord un lien.</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>Link saved.</source>
        <translation>Lien enregistré.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Remove stream link</source>
        <translation>Retirer le lien de diffusion</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Link removed.</source>
        <translation>Lien retiré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Select a line about recording consent first.</source>
        <translation>Sélectionnez d’abord une ligne sur l’accord d’enregistrement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Record consent</source>
        <translation>Noter l’accord</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not opened: only http, https and mailto links are opened from here.</source>
        <translation>Non ouvert&#xa0;: seuls les liens http, https et mailto s’ouvrent d’ici.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+44"/>
        <source>Select the link the key belongs to first.</source>
        <translation>Sélectionnez d’abord le lien auquel appartient la clé.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>No stream key is saved for this link.</source>
        <translation>Aucune clé de stream n’est enregistrée pour ce lien.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Stream keys unlocked: hold the button to see the key.</source>
        <translation>Clés de stream déverrouillées&#xa0;: maintenez le bouton pour voir la clé.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Stream key copied to the clipboard.</source>
        <translation>Clé de stream copiée dans le presse-papiers.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Stream key saved in the system keyring.</source>
        <translation>Clé de stream enregistrée dans le trousseau du système.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream key saved in the encrypted key file.</source>
        <translation>Clé de stream enregistrée dans le fichier de clés chiffré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stream key kept for this session only (no keyring on this computer).</source>
        <translation>Clé de stream gardée jusqu’à la fermeture du programme seulement (pas de trousseau sur cet ordinateur).</translation>
    </message>
</context>
<context>
    <name>VenuesPage</name>
    <message>
        <location filename="../../ui/pages/venues_page.py" line="+6"/>
        <source>&lt;h2&gt;Venues&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Lieux&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every place you have used. Pick one for the current event, or keep the details (Wi-Fi, access, closing time) in one place.</source>
        <translation>Tous les lieux que vous avez utilisés. Choisissez-en un pour l’événement en cours, ou gardez les détails (Wi-Fi, accès, heure de fermeture) au même endroit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Venues</source>
        <translation>Lieux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Search venues</source>
        <translation>Rechercher des lieux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New venue…</source>
        <translation>&amp;Nouveau lieu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit venue</source>
        <translation>Modifier le lieu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Use for this event</source>
        <translation>&amp;Utiliser pour cet événement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+61"/>
        <source>Delete venue</source>
        <translation>Supprimer le lieu</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Change the event&apos;s venue</source>
        <translation>Changer le lieu de l’événement</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete the venue “%1”? Events held there keep their details but lose the venue.</source>
        <translation>Supprimer le lieu «&#xa0;%1&#xa0;»&#xa0;? Les événements qui s’y tiennent gardent leurs détails mais perdent le lieu.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Delete venue “%1”</source>
        <translation>Supprimer le lieu «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <location filename="../../ui/pages/checkin_page.py" line="-773"/>
        <source>Add a walk-in</source>
        <translation>Ajouter une personne sans inscription</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Company</source>
        <translation>Entreprise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Print a badge now</source>
        <translation>Imprimer un badge tout de suite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Badge printing is not available in this version.</source>
        <translation>L’impression des badges n’est pas disponible dans cette version.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Company</source>
        <translation>&amp;Entreprise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role</source>
        <translation>&amp;Rôle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add and check in</source>
        <translation>Ajouter et enregistrer l’arrivée</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <location filename="../../ui/pages/welcome_page.py" line="+19"/>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Welcome to Meetup Organiser</source>
        <translation>Bienvenue dans Meetup Organiser</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Plan the talks, the room and the stream, work through the checklist, and print badges at the door. Everything stays on this computer.</source>
        <translation>Préparez les talks, la salle et la diffusion, suivez la checklist et imprimez les badges à l’accueil. Tout reste sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Create your first meetup</source>
        <translation>Créer votre premier meetup</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Explore the sample meetup</source>
        <translation>Explorer le meetup d’exemple</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open another database…</source>
        <translation>Ouvrir une autre base de données…</translation>
    </message>
</context>
<context>
    <name>Workers</name>
    <message>
        <location filename="../../ui/workers.py" line="+85"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>WriteToSpeakersDialog</name>
    <message>
        <location filename="../../ui/dialogs/mail_dialog.py" line="+88"/>
        <source>Write to speakers</source>
        <translation>Écrire aux intervenants</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Message:</source>
        <translation>&amp;Message&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Speakers (ticked ones get a draft)</source>
        <translation>Intervenants (les personnes cochées reçoivent un brouillon)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Merged message</source>
        <translation>Message fusionné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attached:</source>
        <translation>Pièces jointes&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Template subject</source>
        <translation>Objet du modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Template text</source>
        <translation>Texte du modèle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fields:</source>
        <translation>Champs&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save &amp;template</source>
        <translation>Enregistrer le &amp;modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reset to the shipped text</source>
        <translation>&amp;Revenir au texte d’origine</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Edit template</source>
        <translation>Modifier le mod&amp;èle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save drafts &amp;in:</source>
        <translation>Enregistrer les brouillons &amp;dans&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+157"/>
        <source>Folder for the drafts</source>
        <translation>Dossier des brouillons</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Save drafts</source>
        <translation>Enregistrer les &amp;brouillons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in mail app</source>
        <translation>Ouvrir dans la &amp;messagerie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hands the selected speaker&apos;s message to your mail program (no attachment).</source>
        <translation>Transmet le message de l’intervenant sélectionné à votre messagerie (sans pièce jointe).</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1 of %2 speakers ticked.</source>
        <translation>%1 intervenants cochés sur %2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (no e-mail address: fill it in in your mail program)</source>
        <translation>%1 (pas d’adresse e-mail&#xa0;: complétez-la dans votre messagerie)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing</source>
        <translation>rien</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 drafts saved in %2; %3 checklist items updated.</source>
        <translation>%1 brouillons enregistrés dans %2&#xa0;; %3 tâches de la checklist mises à jour.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Handed to your mail program: %1.</source>
        <translation>Transmis à votre messagerie&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Template “%1” saved.</source>
        <translation>Modèle «&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The shipped text is back.</source>
        <translation>Le texte d’origine est rétabli.</translation>
    </message>
</context>
<context>
    <name>ZoneChooser</name>
    <message>
        <location filename="../../ui/dialogs/zone_chooser.py" line="+60"/>
        <source>Choose a time zone</source>
        <translation>Choisir un fuseau horaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type a city, region or offset, e.g. Rome or +05:30</source>
        <translation>Tapez une ville, une région ou un décalage, p. ex. Paris ou +05:30</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Search time zones</source>
        <translation>Rechercher des fuseaux horaires</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time zones</source>
        <translation>Fuseaux horaires</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>No time zone matches “%1”. Try a city or a country, or an offset like +01:00.</source>
        <translation>Aucun fuseau horaire ne correspond à «&#xa0;%1&#xa0;». Essayez une ville, un pays, ou un décalage comme +01:00.</translation>
    </message>
</context>
<context>
    <name>ZoneField</name>
    <message>
        <location line="+35"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. Europe/Rome</source>
        <translation>p. ex. Europe/Paris</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a time zone</source>
        <translation>Choisir un fuseau horaire</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Means %1.</source>
        <translation>C’est-à-dire %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No time zone matches “%1”; try a city or a country, or Choose…</source>
        <translation>Aucun fuseau horaire ne correspond à «&#xa0;%1&#xa0;»&#xa0;; essayez une ville, un pays, ou Choisir…</translation>
    </message>
</context>
</TS>

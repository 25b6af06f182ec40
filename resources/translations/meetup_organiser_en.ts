<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AgendaPrintDialog</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/agenda_print_dialog.py" line="+177"/>
        <source>%n page(s).</source>
        <translation>
            <numerusform>%n page.</numerusform>
            <numerusform>%n pages.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+47"/>
        <source>Sent %n page(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n page to the printer.</numerusform>
            <numerusform>Sent %n pages to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AttendeesPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/attendees_page.py" line="+285"/>
        <source>⚠ %n repeat no-show(s)</source>
        <translation>
            <numerusform>⚠ %n repeat no-show</numerusform>
            <numerusform>⚠ %n repeat no-shows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+92"/>
        <source>Exported %n attendee(s) to %1</source>
        <translation>
            <numerusform>Exported %n attendee to %1</numerusform>
            <numerusform>Exported %n attendees to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CapacityBar</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/capacity_bar.py" line="+60"/>
        <source>%n on the waiting list</source>
        <translation>
            <numerusform>%n on the waiting list</numerusform>
            <numerusform>%n on the waiting list</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CheckinPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/checkin_page.py" line="+655"/>
        <source>(+%n guest(s))</source>
        <translation>
            <numerusform>(+%n guest)</numerusform>
            <numerusform>(+%n guests)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>%n people hold this code: %1. Check them in by name.</source>
        <translation>
            <numerusform>%n person holds this code: %1. Check them in by name.</numerusform>
            <numerusform>%n people hold this code: %1. Check them in by name.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChecklistPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/checklist_page.py" line="+601"/>
        <source>Briefing saved: %n page(s) in {0}</source>
        <translation>
            <numerusform>Briefing saved: %n page in {0}</numerusform>
            <numerusform>Briefing saved: %n pages in {0}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CountdownWidget</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/countdown.py" line="+76"/>
        <source>Ended %n day(s) ago</source>
        <translation>
            <numerusform>Ended %n day ago</numerusform>
            <numerusform>Ended %n days ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DueList</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/due_list.py" line="+58"/>
        <source>overdue by %n day(s)</source>
        <translation>
            <numerusform>overdue by %n day</numerusform>
            <numerusform>overdue by %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>due in %n day</numerusform>
            <numerusform>due in %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/overview_page.py" line="+255"/>
        <source>%n stream link(s)</source>
        <translation>
            <numerusform>%n stream link</numerusform>
            <numerusform>%n stream links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message numerus="yes">
        <location filename="../../ui/pages/print_page.py" line="+446"/>
        <source>Saved %n badge(s) on %1 to %2.</source>
        <translation>
            <numerusform>Saved %n badge on %1 to %2.</numerusform>
            <numerusform>Saved %n badges on %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n sheet(s)</source>
        <translation>
            <numerusform>%n sheet</numerusform>
            <numerusform>%n sheets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>Sent %n badge(s) to the printer.</source>
        <translation>
            <numerusform>Sent %n badge to the printer.</numerusform>
            <numerusform>Sent %n badges to the printer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgressRing</name>
    <message numerus="yes">
        <location filename="../../ui/widgets/progress.py" line="+35"/>
        <location line="+39"/>
        <source>%n overdue</source>
        <translation>
            <numerusform>%n overdue</numerusform>
            <numerusform>%n overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPage</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/import_wizard.py" line="+346"/>
        <source>%n value(s) you edited by hand were kept (tick “Replace values I corrected by hand” to replace them).</source>
        <translation>
            <numerusform>%n value you edited by hand was kept (tick “Replace values I corrected by hand” to replace it).</numerusform>
            <numerusform>%n values you edited by hand were kept (tick “Replace values I corrected by hand” to replace them).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RoomGridModel</name>
    <message numerus="yes">
        <location filename="../../ui/models/agenda_grid_model.py" line="+121"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TemplateEditor</name>
    <message numerus="yes">
        <location filename="../../ui/dialogs/template_editor.py" line="+239"/>
        <source>%n item(s). Offered for events of the ticked formats.</source>
        <translation>
            <numerusform>%n item. Offered for events of the ticked formats.</numerusform>
            <numerusform>%n items. Offered for events of the ticked formats.</numerusform>
        </translation>
    </message>
</context>
</TS>

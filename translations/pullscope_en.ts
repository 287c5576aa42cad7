<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>Skipped %n broken registry entry(s) in the settings file %1.</source>
        <translation>
            <numerusform>Skipped %n broken registry entry in the settings file %1.</numerusform>
            <numerusform>Skipped %n broken registry entries in the settings file %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n registry(s) from %1.</source>
        <translation>
            <numerusform>Imported %n registry from %1.</numerusform>
            <numerusform>Imported %n registries from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registry(s) configured</source>
        <translation>
            <numerusform>%n registry configured</numerusform>
            <numerusform>%n registries configured</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pullscope</name>
    <message numerus="yes">
        <source>%1 keeps sending the same next page while %2 (after %n page(s)); stopped</source>
        <translation>
            <numerusform>%1 keeps sending the same next page while %2 (after %n page); stopped</numerusform>
            <numerusform>%1 keeps sending the same next page while %2 (after %n pages); stopped</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>retry after %n s</source>
        <translation>
            <numerusform>retry after %n s</numerusform>
            <numerusform>retry after %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message numerus="yes">
        <source>Added %n YAML file(s) from %1.</source>
        <translation>
            <numerusform>Added %n YAML file from %1.</numerusform>
            <numerusform>Added %n YAML files from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the workspace</source>
        <translation>
            <numerusform>%n file in the workspace</numerusform>
            <numerusform>%n files in the workspace</numerusform>
        </translation>
    </message>
</context>
</TS>

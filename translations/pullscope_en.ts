<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>CredentialsPage</name>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n credential</numerusform>
            <numerusform>%n credentials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n problem(s)</source>
        <translation>
            <numerusform>, %n problem</numerusform>
            <numerusform>, %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InspectorWidget</name>
    <message numerus="yes">
        <source>%1 in %n layer(s); config %2, manifest %3</source>
        <translation>
            <numerusform>%1 in %n layer; config %2, manifest %3</numerusform>
            <numerusform>%1 in %n layers; config %2, manifest %3</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (this computer&apos;s platform; the index lists %n platform(s))</source>
        <extracomment>%1 is a platform such as linux/amd64, %2 how many the index lists</extracomment>
        <translation>
            <numerusform>%1 (this computer&apos;s platform; the index lists %n platform)</numerusform>
            <numerusform>%1 (this computer&apos;s platform; the index lists %n platforms)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n artifact(s) refer to this image.</source>
        <translation>
            <numerusform>%n artifact refers to this image.</numerusform>
            <numerusform>%n artifacts refer to this image.</numerusform>
        </translation>
    </message>
</context>
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
    <name>NodeImagesWidget</name>
    <message numerus="yes">
        <source>%n blob(s)</source>
        <translation>
            <numerusform>%n blob</numerusform>
            <numerusform>%n blobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partial download(s)</source>
        <translation>
            <numerusform>%n partial download</numerusform>
            <numerusform>%n partial downloads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PullsPanel</name>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n running</numerusform>
            <numerusform>%n running</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n done</numerusform>
            <numerusform>%n done</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n failed</numerusform>
            <numerusform>%n failed</numerusform>
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
    <message numerus="yes">
        <source>%1: %2 of %3 bytes arrived; %4 (gave up after %n attempt(s))</source>
        <extracomment>%1 digest, %2 bytes received, %3 blob size, %4 the last error</extracomment>
        <translation>
            <numerusform>%1: %2 of %3 bytes arrived; %4 (gave up after %n attempt)</numerusform>
            <numerusform>%1: %2 of %3 bytes arrived; %4 (gave up after %n attempts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (gave up after %n attempt)</numerusform>
            <numerusform>%1 (gave up after %n attempts)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: used (%n credential(s))</source>
        <translation>
            <numerusform>%1: used (%n credential)</numerusform>
            <numerusform>%1: used (%n credentials)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n blob(s) present, %1 in all</source>
        <extracomment>%n blobs, %1 their total size</extracomment>
        <translation>
            <numerusform>%n blob present, %1 in all</numerusform>
            <numerusform>%n blobs present, %1 in all</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %n credential(s)</source>
        <translation>
            <numerusform>%1: %n credential</numerusform>
            <numerusform>%1: %n credentials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) will be tried</source>
        <translation>
            <numerusform>%n credential will be tried</numerusform>
            <numerusform>%n credentials will be tried</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 answered with %n credential(s)</source>
        <translation>
            <numerusform>%1 answered with %n credential</numerusform>
            <numerusform>%1 answered with %n credentials</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) in %1</source>
        <extracomment>%n how many tags, %1 the repository</extracomment>
        <translation>
            <numerusform>%n tag in %1</numerusform>
            <numerusform>%n tags in %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <extracomment>%n problems of a kubeconfig context</extracomment>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RegistriesPage</name>
    <message numerus="yes">
        <source>Listing repositories… %n so far</source>
        <translation>
            <numerusform>Listing repositories… %n so far</numerusform>
            <numerusform>Listing repositories… %n so far</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repository(s)</source>
        <translation>
            <numerusform>%n repository</numerusform>
            <numerusform>%n repositories</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SecretGeneratorDialog</name>
    <message numerus="yes">
        <source>%n characters hidden</source>
        <extracomment>Replaces secret data in the preview; %n is its length in characters</extracomment>
        <translation>
            <numerusform>%n character hidden</numerusform>
            <numerusform>%n characters hidden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TagBrowser</name>
    <message numerus="yes">
        <source>%n tag(s) listed; cancelled</source>
        <translation>
            <numerusform>%n tag listed; cancelled</numerusform>
            <numerusform>%n tags listed; cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listing… %n tag(s)</source>
        <translation>
            <numerusform>Listing… %n tag</numerusform>
            <numerusform>Listing… %n tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n tag</numerusform>
            <numerusform>%n tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceDocuments</name>
    <message numerus="yes">
        <source>Added %n YAML file(s) from %1.</source>
        <translation>
            <numerusform>Added %n YAML file from %1.</numerusform>
            <numerusform>Added %n YAML files from %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceEditorPane</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <extracomment>Part of the summary under the editor</extracomment>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <extracomment>Part of the summary under the editor</extracomment>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <extracomment>Part of the summary under the editor: hints</extracomment>
        <translation>
            <numerusform>%n info</numerusform>
            <numerusform>%n infos</numerusform>
        </translation>
    </message>
</context>
</TS>

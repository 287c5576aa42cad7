<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AddRegistryDialog</name>
    <message>
        <source>Add Registry</source>
        <translation>Registry hinzufügen</translation>
    </message>
    <message>
        <source>Company registry</source>
        <translation>Firmen-Registry</translation>
    </message>
    <message>
        <source>Only for local test registries: credentials and images travel unprotected.</source>
        <translation>Nur für lokale Test-Registrys: Zugangsdaten und Images werden ungeschützt übertragen.</translation>
    </message>
    <message>
        <source>Optional: folder with ca.crt, client.cert, client.key</source>
        <translation>Optional: Ordner mit ca.crt, client.cert, client.key</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Pullscope talks to the registry API at /v2/ on this address. Credentials come from your auth files, never from this form.</source>
        <translation>Pullscope spricht mit der Registry-API unter /v2/ an dieser Adresse. Zugangsdaten stammen aus Ihren Auth-Dateien, nie aus diesem Formular.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Certificate folder:</source>
        <translation>&amp;Zertifikatsordner:</translation>
    </message>
    <message>
        <source>Name: a registry called &quot;%1&quot; already exists; choose another name.</source>
        <translation>Name: Eine Registry namens „%1“ gibt es bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>Certificate Folder</source>
        <translation>Zertifikatsordner</translation>
    </message>
    <message>
        <source>Insecure: allow plain HTTP and skip TLS verification</source>
        <translation>Unsicher: unverschlüsseltes HTTP erlauben und TLS-Prüfung überspringen</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Where Pullscope finds registry credentials</source>
        <translation>Wo Pullscope Registry-Zugangsdaten findet</translation>
    </message>
    <message>
        <source>Pullscope uses the credentials you already have: Docker&apos;s config.json, the containers auth.json of podman and skopeo, and the credential helpers they name. It reads them only to talk to a registry, and never shows or logs a secret.</source>
        <translation>Pullscope verwendet die Zugangsdaten, die Sie schon haben: die config.json von Docker, die containers-auth.json von podman und skopeo sowie die darin genannten Credential-Helper. Es liest sie nur, um mit einer Registry zu sprechen, und zeigt oder protokolliert nie ein Geheimnis.</translation>
    </message>
    <message>
        <source>Check Credential Files</source>
        <translation>Zugangsdatendateien prüfen</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>The files Pullscope consults, in order. Only their existence is checked here; nothing is read.</source>
        <translation>Die Dateien, die Pullscope der Reihe nach befragt. Hier wird nur geprüft, ob sie existieren; gelesen wird nichts.</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>Verwendet von</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>podman, skopeo, buildah</source>
        <translation>podman, skopeo und buildah</translation>
    </message>
    <message>
        <source>docker, kubectl-based tools, podman (fallback)</source>
        <translation>docker, kubectl-basierte Werkzeuge, podman (Ausweichlösung)</translation>
    </message>
    <message>
        <source>podman, skopeo (REGISTRY_AUTH_FILE)</source>
        <translation>podman und skopeo (REGISTRY_AUTH_FILE)</translation>
    </message>
    <message>
        <source>old docker versions</source>
        <translation>alte Docker-Versionen</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Gefunden</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>Nicht gefunden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pullscope</source>
        <translation>Pullscope</translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n broken registry entry(s) in the settings file %1.</source>
        <translation>
            <numerusform>%n defekter Registry-Eintrag in der Einstellungsdatei %1 wurde übersprungen.</numerusform>
            <numerusform>%n defekte Registry-Einträge in der Einstellungsdatei %1 wurden übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Registrys</translation>
    </message>
    <message>
        <source>Registries and their images</source>
        <translation>Registrys und ihre Images</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>Pod YAML files you are working on</source>
        <translation>Pod-YAML-Dateien, an denen Sie arbeiten</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Simulate the kubelet pulling a Pod&apos;s images</source>
        <translation>Simulieren, wie das Kubelet die Images eines Pods zieht</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>Zugangsdaten</translation>
    </message>
    <message>
        <source>Where registry credentials come from</source>
        <translation>Woher Registry-Zugangsdaten stammen</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Add Registry…</source>
        <translation>Registry &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Pullscope</source>
        <translation>Ü&amp;ber Pullscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Could not import the demo file: %1</source>
        <translation>Die Demo-Datei konnte nicht importiert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n registry(s) from %1.</source>
        <translation>
            <numerusform>%n Registry aus %1 importiert.</numerusform>
            <numerusform>%n Registrys aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Added registry &quot;%1&quot;.</source>
        <translation>Registry „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pullscope %1&lt;/h3&gt;&lt;p&gt;Browse container registries, inspect images and debug ImagePullBackOff by simulating the kubelet.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pullscope %1&lt;/h3&gt;&lt;p&gt;Container-Registrys durchsuchen, Images untersuchen und ImagePullBackOff beheben, indem das Kubelet simuliert wird.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Pullscope</source>
        <translation>Über Pullscope</translation>
    </message>
    <message numerus="yes">
        <source>%n registry(s) configured</source>
        <translation>
            <numerusform>%n Registry eingerichtet</numerusform>
            <numerusform>%n Registrys eingerichtet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodePage</name>
    <message>
        <source>Simulate how the kubelet pulls a Pod&apos;s images</source>
        <translation>Simulieren, wie das Kubelet die Images eines Pods zieht</translation>
    </message>
    <message>
        <source>The node simulation replays what the kubelet does with a Pod: it applies the pull policy, picks credentials from image pull secrets, pulls, and backs off after failures, producing the same events you see in kubectl describe pod. Start by opening a Pod in the workspace.</source>
        <translation>Die Knotensimulation spielt nach, was das Kubelet mit einem Pod macht: Es wendet die Pull-Policy an, wählt Zugangsdaten aus den Image-Pull-Secrets, zieht die Images und wartet nach Fehlern immer länger – mit denselben Events, die Sie in kubectl describe pod sehen. Öffnen Sie zuerst einen Pod im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Open a Pod in the Workspace</source>
        <translation>Pod im Arbeitsbereich öffnen</translation>
    </message>
</context>
<context>
    <name>Pullscope</name>
    <message>
        <source>Cannot read credential file %1: %2</source>
        <translation>Die Zugangsdatendatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object</source>
        <translation>%1 muss ein JSON-Objekt enthalten</translation>
    </message>
    <message>
        <source>%1: auths[&quot;%2&quot;] is not an object; ignored</source>
        <translation>%1: auths[&quot;%2&quot;] ist kein Objekt; ignoriert</translation>
    </message>
    <message>
        <source>%1: auths[&quot;%2&quot;].auth: %3; ignored</source>
        <translation>%1: auths[&quot;%2&quot;].auth: %3; ignoriert</translation>
    </message>
    <message>
        <source>%1: credHelpers[&quot;%2&quot;] is not a helper name; ignored</source>
        <translation>%1: credHelpers[&quot;%2&quot;] ist kein Helper-Name; ignoriert</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>kein gültiges Base64</translation>
    </message>
    <message>
        <source>the decoded value has no &quot;:&quot; between user and password</source>
        <translation>der dekodierte Wert hat kein „:“ zwischen Benutzer und Passwort</translation>
    </message>
    <message>
        <source>the user name is empty</source>
        <translation>der Benutzername ist leer</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>nirgends</translation>
    </message>
    <message>
        <source>given on the command line</source>
        <translation>auf der Kommandozeile angegeben</translation>
    </message>
    <message>
        <source>docker config.json</source>
        <translation>Docker-config.json</translation>
    </message>
    <message>
        <source>containers auth.json</source>
        <translation>containers-auth.json</translation>
    </message>
    <message>
        <source>credential helper</source>
        <translation>Credential-Helper</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>System-Schlüsselbund</translation>
    </message>
    <message>
        <source>DOCKER_AUTH_CONFIG</source>
        <translation>DOCKER_AUTH_CONFIG</translation>
    </message>
    <message>
        <source>anonymous (no credential)</source>
        <translation>anonym (keine Zugangsdaten)</translation>
    </message>
    <message>
        <source>%1 (password)</source>
        <translation>%1 (Passwort)</translation>
    </message>
    <message>
        <source>an identity token</source>
        <translation>ein Identitätstoken</translation>
    </message>
    <message>
        <source>a registry token</source>
        <translation>ein Registry-Token</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 from %2, key &quot;%3&quot;</source>
        <extracomment>%1 what credential, %2 where it is stored, %3 the key in that store</extracomment>
        <translation>%1 aus %2, Schlüssel „%3“</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 aus %2</translation>
    </message>
    <message>
        <source>The credential helper %1 did not answer within %2 seconds</source>
        <translation>Der Credential-Helper %1 hat nicht innerhalb von %2 Sekunden geantwortet</translation>
    </message>
    <message>
        <source>The credential helper %1 is configured but not found on PATH</source>
        <translation>Der Credential-Helper %1 ist eingerichtet, wurde aber im PATH nicht gefunden</translation>
    </message>
    <message>
        <source>The credential helper %1 could not be started: %2</source>
        <translation>Der Credential-Helper %1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The credential helper %1 failed (%2): %3</source>
        <translation>Der Credential-Helper %1 ist fehlgeschlagen (%2): %3</translation>
    </message>
    <message>
        <source>The credential helper %1 answered %2 with something that is not a JSON object</source>
        <translation>Der Credential-Helper %1 hat auf %2 etwas geantwortet, das kein JSON-Objekt ist</translation>
    </message>
    <message>
        <source>--creds</source>
        <translation>--creds</translation>
    </message>
    <message>
        <source>given explicitly; files are not consulted</source>
        <translation>ausdrücklich angegeben; Dateien werden nicht befragt</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <source>matched key &quot;%1&quot;</source>
        <translation>passender Schlüssel „%1“</translation>
    </message>
    <message>
        <source>no entry for %1</source>
        <translation>kein Eintrag für %1</translation>
    </message>
    <message>
        <source>end of the search</source>
        <translation>Ende der Suche</translation>
    </message>
    <message>
        <source>no credential: the request goes anonymously</source>
        <translation>keine Zugangsdaten: die Anfrage erfolgt anonym</translation>
    </message>
    <message>
        <source>%1 has nothing for %2</source>
        <translation>%1 hat nichts für %2</translation>
    </message>
    <message>
        <source>%1 answered for %2</source>
        <translation>%1 hat für %2 geantwortet</translation>
    </message>
    <message>
        <source>podman/skopeo login file</source>
        <translation>Anmeldedatei von podman/skopeo</translation>
    </message>
    <message>
        <source>--creds needs a user name: use USER:PASSWORD</source>
        <translation>--creds braucht einen Benutzernamen: verwenden Sie BENUTZER:PASSWORT</translation>
    </message>
    <message>
        <source>invalid checksum digest format</source>
        <extracomment>go-digest ErrDigestInvalidFormat; keep the English text identical to the Go library</extracomment>
        <translation>ungültiges Format des Prüfsummen-Digests</translation>
    </message>
    <message>
        <source>unsupported digest algorithm</source>
        <extracomment>go-digest ErrDigestUnsupported; keep the English text identical to the Go library</extracomment>
        <translation>nicht unterstützter Digest-Algorithmus</translation>
    </message>
    <message>
        <source>invalid checksum digest length</source>
        <extracomment>go-digest ErrDigestInvalidLength; keep the English text identical to the Go library</extracomment>
        <translation>ungültige Länge des Prüfsummen-Digests</translation>
    </message>
    <message>
        <source>invalid reference format</source>
        <extracomment>distribution/reference error text; keep the English identical to the Go library</extracomment>
        <translation>ungültiges Referenzformat</translation>
    </message>
    <message>
        <source>repository name must be lowercase</source>
        <extracomment>distribution/reference error text; keep the English identical to the Go library</extracomment>
        <translation>der Repository-Name muss kleingeschrieben sein</translation>
    </message>
    <message>
        <source>repository name must have at least one component</source>
        <extracomment>distribution/reference error text; keep the English identical to the Go library</extracomment>
        <translation>der Repository-Name muss mindestens einen Bestandteil haben</translation>
    </message>
    <message>
        <source>repository name must not be more than %1 characters</source>
        <extracomment>distribution/reference error text; %1 is the limit, 255</extracomment>
        <translation>der Repository-Name darf höchstens %1 Zeichen lang sein</translation>
    </message>
    <message>
        <source>invalid repository name (%1), cannot specify 64-byte hexadecimal strings</source>
        <extracomment>distribution/reference error text; %1 is the input</extracomment>
        <translation>ungültiger Repository-Name (%1): 64-Byte-Hexadezimalzeichenketten sind nicht erlaubt</translation>
    </message>
    <message>
        <source>invalid reference format: repository name (%1) must be lowercase</source>
        <extracomment>distribution/reference error text; %1 is the remote name</extracomment>
        <translation>ungültiges Referenzformat: der Repository-Name (%1) muss kleingeschrieben sein</translation>
    </message>
    <message>
        <source>reference %1 has no name</source>
        <extracomment>distribution/reference error text; %1 is the reference</extracomment>
        <translation>die Referenz %1 hat keinen Namen</translation>
    </message>
    <message>
        <source>invalid tag format</source>
        <extracomment>distribution/reference ErrTagInvalidFormat; keep the English identical</extracomment>
        <translation>ungültiges Tag-Format</translation>
    </message>
    <message>
        <source>invalid digest format</source>
        <extracomment>distribution/reference ErrDigestInvalidFormat; keep the English identical</extracomment>
        <translation>ungültiges Digest-Format</translation>
    </message>
    <message>
        <source>syntax error in pattern</source>
        <extracomment>Go path.ErrBadPattern; keep the English identical</extracomment>
        <translation>Syntaxfehler im Muster</translation>
    </message>
    <message>
        <source>invalid URL escape %1</source>
        <extracomment>Go net/url EscapeError text; %1 is the bad escape, quoted</extracomment>
        <translation>ungültige URL-Maskierung %1</translation>
    </message>
    <message>
        <source>%1: wildcards not yet supported</source>
        <extracomment>containerd error text; %1 is the specifier, quoted</extracomment>
        <translation>%1: Platzhalter werden noch nicht unterstützt</translation>
    </message>
    <message>
        <source>%1 is an invalid OS component of %2: OSAndVersion specifier component must match %3</source>
        <extracomment>containerd error text; %1 the component, %2 the specifier, %3 the pattern</extracomment>
        <translation>%1 ist kein gültiger OS-Bestandteil von %2: der OSAndVersion-Bestandteil muss auf %3 passen</translation>
    </message>
    <message>
        <source>%1 has an invalid OS version %2: %3</source>
        <translation>%1 hat eine ungültige OS-Version %2: %3</translation>
    </message>
    <message>
        <source>%1 has an invalid OS feature %2: %3</source>
        <translation>%1 hat ein ungültiges OS-Feature %2: %3</translation>
    </message>
    <message>
        <source>%1 is an invalid component of %2: platform specifier component must match %3</source>
        <extracomment>containerd error text; %1 the component, %2 the specifier, %3 the pattern</extracomment>
        <translation>%1 ist kein gültiger Bestandteil von %2: ein Bestandteil der Plattformangabe muss auf %3 passen</translation>
    </message>
    <message>
        <source>%1: unknown operating system or architecture</source>
        <extracomment>containerd error text; %1 is the specifier, quoted</extracomment>
        <translation>%1: unbekanntes Betriebssystem oder unbekannte Architektur</translation>
    </message>
    <message>
        <source>%1: cannot parse platform specifier</source>
        <extracomment>containerd error text; %1 is the specifier, quoted</extracomment>
        <translation>%1: Plattformangabe kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Required value</source>
        <translation>Pflichtwert</translation>
    </message>
    <message>
        <source>Unsupported value: %1: supported values: &quot;Always&quot;, &quot;IfNotPresent&quot;, &quot;Never&quot;</source>
        <extracomment>%1 is the value given; the list mirrors the API server&apos;s field.NotSupported message</extracomment>
        <translation>Nicht unterstützter Wert: %1: unterstützte Werte: &quot;Always&quot;, &quot;IfNotPresent&quot;, &quot;Never&quot;</translation>
    </message>
    <message>
        <source>couldn&apos;t parse image name %1: %2</source>
        <extracomment>%1 is the image (quoted), %2 the reference parser&apos;s error</extracomment>
        <translation>Image-Name %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has an invalid digest &quot;%2&quot;: %3</source>
        <translation>%1 hat einen ungültigen Digest „%2“: %3</translation>
    </message>
    <message>
        <source>%1 has no valid size</source>
        <translation>%1 hat keine gültige Größe</translation>
    </message>
    <message>
        <source>The image config of %1 is not a JSON object (%2)</source>
        <translation>Die Image-Konfiguration von %1 ist kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>kein JSON-Objekt</translation>
    </message>
    <message>
        <source>The manifest of %1 is not valid JSON (%2 at byte %3)</source>
        <translation>Das Manifest von %1 ist kein gültiges JSON (%2 bei Byte %3)</translation>
    </message>
    <message>
        <source>The manifest of %1 says it is %2 but was served as %3</source>
        <translation>Das Manifest von %1 gibt sich als %2 aus, wurde aber als %3 ausgeliefert</translation>
    </message>
    <message>
        <source>The manifest of %1 has schemaVersion %2; only 2 is supported</source>
        <translation>Das Manifest von %1 hat schemaVersion %2; nur 2 wird unterstützt</translation>
    </message>
    <message>
        <source>%1: subject</source>
        <translation>%1: subject</translation>
    </message>
    <message>
        <source>%1: manifests[%2]</source>
        <translation>%1: manifests[%2]</translation>
    </message>
    <message>
        <source>The manifest of %1 has no config</source>
        <translation>Das Manifest von %1 hat keine Konfiguration (config)</translation>
    </message>
    <message>
        <source>%1: config</source>
        <translation>%1: config</translation>
    </message>
    <message>
        <source>%1: layers[%2]</source>
        <translation>%1: layers[%2]</translation>
    </message>
    <message>
        <source>OCI image index</source>
        <translation>OCI-Image-Index</translation>
    </message>
    <message>
        <source>Docker manifest list</source>
        <translation>Docker-Manifestliste</translation>
    </message>
    <message>
        <source>OCI image manifest</source>
        <translation>OCI-Image-Manifest</translation>
    </message>
    <message>
        <source>Docker image manifest (schema 2)</source>
        <translation>Docker-Image-Manifest (Schema 2)</translation>
    </message>
    <message>
        <source>Docker schema 1 manifest (deprecated)</source>
        <translation>Docker-Manifest nach Schema 1 (veraltet)</translation>
    </message>
    <message>
        <source>image config</source>
        <translation>Image-Konfiguration</translation>
    </message>
    <message>
        <source>layer (gzip)</source>
        <translation>Schicht (gzip)</translation>
    </message>
    <message>
        <source>layer (zstd)</source>
        <translation>Schicht (zstd)</translation>
    </message>
    <message>
        <source>layer (uncompressed)</source>
        <translation>Schicht (unkomprimiert)</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Certificate folder: &quot;%1&quot; is not an absolute path.</source>
        <translation>Zertifikatsordner: „%1“ ist kein absoluter Pfad.</translation>
    </message>
    <message>
        <source>Auth file: &quot;%1&quot; is not an absolute path.</source>
        <translation>Auth-Datei: „%1“ ist kein absoluter Pfad.</translation>
    </message>
    <message>
        <source>Certificate folder: &quot;%1&quot; does not exist.</source>
        <translation>Zertifikatsordner: „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Auth file: &quot;%1&quot; does not exist.</source>
        <translation>Auth-Datei: „%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>Name: enter a name for this registry.</source>
        <translation>Name: Geben Sie einen Namen für diese Registry ein.</translation>
    </message>
    <message>
        <source>URL: enter the registry address, such as %1.</source>
        <translation>URL: Geben Sie die Adresse der Registry ein, etwa %1.</translation>
    </message>
    <message>
        <source>URL: &quot;%1&quot; is not a registry address; use a host name with an optional port, such as %2.</source>
        <translation>URL: „%1“ ist keine Registry-Adresse; verwenden Sie einen Hostnamen mit optionalem Port, etwa %2.</translation>
    </message>
    <message>
        <source>URL: the scheme must be https or http, not &quot;%1&quot;.</source>
        <translation>URL: Das Schema muss https oder http sein, nicht „%1“.</translation>
    </message>
    <message>
        <source>URL: remove the user name and password; Pullscope reads credentials from auth files.</source>
        <translation>URL: Entfernen Sie Benutzername und Passwort; Pullscope liest Zugangsdaten aus Auth-Dateien.</translation>
    </message>
    <message>
        <source>URL: use only scheme, host and port; the registry API always lives at /v2/ on the host.</source>
        <translation>URL: Geben Sie nur Schema, Host und Port an; die Registry-API liegt immer unter /v2/ auf dem Host.</translation>
    </message>
    <message>
        <source>URL: plain HTTP is unencrypted; tick &quot;Insecure&quot; to allow it, or use https://.</source>
        <translation>URL: Einfaches HTTP ist unverschlüsselt; setzen Sie „Unsicher“, um es zu erlauben, oder verwenden Sie https://.</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 ist kein Objekt.</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;.</source>
        <translation>%1 hat kein „%2“.</translation>
    </message>
    <message>
        <source>%1.%2 must be a string.</source>
        <translation>%1.%2 muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <source>%1.%2 must be true or false.</source>
        <translation>%1.%2 muss true oder false sein.</translation>
    </message>
    <message>
        <source>The demo file does not exist.</source>
        <translation>Die Demo-Datei existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read the demo file: %1.</source>
        <translation>Die Demo-Datei kann nicht gelesen werden: %1.</translation>
    </message>
    <message>
        <source>The file is too large to be a demo file.</source>
        <translation>Die Datei ist zu groß für eine Demo-Datei.</translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation>Kein gültiges JSON: %1.</translation>
    </message>
    <message>
        <source>The top level must be a JSON object.</source>
        <translation>Die oberste Ebene muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>&quot;version&quot; is missing or not a number.</source>
        <translation>„version“ fehlt oder ist keine Zahl.</translation>
    </message>
    <message>
        <source>Demo file version %1 is not supported (expected 1).</source>
        <translation>Version %1 der Demo-Datei wird nicht unterstützt (erwartet: 1).</translation>
    </message>
    <message>
        <source>&quot;registries&quot; is missing or not a list.</source>
        <translation>„registries“ fehlt oder ist keine Liste.</translation>
    </message>
    <message>
        <source>%1 has no image for %2; the index offers: %3</source>
        <translation>%1 hat kein Image für %2; der Index bietet: %3</translation>
    </message>
    <message>
        <source>nothing runnable</source>
        <translation>nichts Ausführbares</translation>
    </message>
    <message>
        <source>The index of %1 points at another index for %2; nested indexes are not supported yet</source>
        <translation>Der Index von %1 verweist für %2 auf einen weiteren Index; verschachtelte Indizes werden noch nicht unterstützt</translation>
    </message>
    <message>
        <source>The registry sent a malformed Link header: %1</source>
        <translation>Die Registry hat einen fehlerhaften Link-Header gesendet: %1</translation>
    </message>
    <message>
        <source>The registry sent a Link header with an invalid URL: %1</source>
        <translation>Die Registry hat einen Link-Header mit ungültiger URL gesendet: %1</translation>
    </message>
    <message>
        <source>The registry&apos;s next-page link points elsewhere (%1); not followed</source>
        <translation>Der Link der Registry zur nächsten Seite zeigt woandershin (%1); nicht gefolgt</translation>
    </message>
    <message>
        <source>fetching the manifest of %1</source>
        <translation>beim Abrufen des Manifests von %1</translation>
    </message>
    <message>
        <source>%1 answered for %2 with the digest %3</source>
        <translation>%1 hat für %2 mit dem Digest %3 geantwortet</translation>
    </message>
    <message>
        <source>The manifest %1 served by %2 hashes to %3; refused</source>
        <translation>Das von %2 gelieferte Manifest %1 hat den Hash %3; abgelehnt</translation>
    </message>
    <message>
        <source>%1 sent an invalid Docker-Content-Digest header for %2: %3</source>
        <translation>%1 hat für %2 einen ungültigen Docker-Content-Digest-Header gesendet: %3</translation>
    </message>
    <message>
        <source>The manifest of %1 does not match the digest the registry announced (Docker-Content-Digest %2, content hashes to %3): the body was changed or cut in transit</source>
        <translation>Das Manifest von %1 passt nicht zum Digest, den die Registry angekündigt hat (Docker-Content-Digest %2, der Inhalt hat den Hash %3): Der Inhalt wurde unterwegs verändert oder abgeschnitten</translation>
    </message>
    <message>
        <source>%1 is a Docker schema 1 image: that format is deprecated and no longer pulled by containerd 2.0 or Pullscope. Rebuild or re-push the image with a current client to get a schema 2 or OCI manifest.</source>
        <translation>%1 ist ein Image nach Docker-Schema 1: Dieses Format ist veraltet und wird von containerd 2.0 und Pullscope nicht mehr gezogen. Bauen oder pushen Sie das Image mit einem aktuellen Client neu, um ein Manifest nach Schema 2 oder OCI zu erhalten.</translation>
    </message>
    <message>
        <source>listing the tags of %1</source>
        <translation>beim Auflisten der Tags von %1</translation>
    </message>
    <message>
        <source>listing the repositories</source>
        <translation>beim Auflisten der Repositorys</translation>
    </message>
    <message>
        <source>%1 does not offer a repository list (HTTP %2 on /v2/_catalog). Type a repository name instead.</source>
        <translation>%1 bietet keine Repository-Liste an (HTTP %2 auf /v2/_catalog). Geben Sie stattdessen einen Repository-Namen ein.</translation>
    </message>
    <message>
        <source>%1 answered %2 with something that is not JSON (%3; Content-Type %4)</source>
        <translation>%1 hat auf %2 etwas geantwortet, das kein JSON ist (%3; Content-Type %4)</translation>
    </message>
    <message>
        <source>%1 answered %2 without a &quot;%3&quot; list</source>
        <translation>%1 hat auf %2 ohne „%3“-Liste geantwortet</translation>
    </message>
    <message numerus="yes">
        <source>%1 keeps sending the same next page while %2 (after %n page(s)); stopped</source>
        <translation>
            <numerusform>%1 sendet %2 immer wieder dieselbe nächste Seite (nach %n Seite); abgebrochen</numerusform>
            <numerusform>%1 sendet %2 immer wieder dieselbe nächste Seite (nach %n Seiten); abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>checking the registry API</source>
        <translation>beim Prüfen der Registry-API</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n Std.</numerusform>
            <numerusform>%n Std.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n Sek.</numerusform>
            <numerusform>%n Sek.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 pulls left</source>
        <translation>%1 von %2 Pulls übrig</translation>
    </message>
    <message>
        <source>%1 of %2 pulls left in %3</source>
        <translation>%1 von %2 Pulls übrig in %3</translation>
    </message>
    <message>
        <source>%1 pulls left</source>
        <translation>%1 Pulls übrig</translation>
    </message>
    <message>
        <source>limit %1 pulls</source>
        <translation>Limit %1 Pulls</translation>
    </message>
    <message>
        <source>limit %1 pulls per %2</source>
        <translation>Limit %1 Pulls pro %2</translation>
    </message>
    <message>
        <source>listing the referrers of %1</source>
        <translation>beim Auflisten der Referrer von %1</translation>
    </message>
    <message>
        <source>the referrers of %1</source>
        <translation>die Referrer von %1</translation>
    </message>
    <message>
        <source>The referrers tag %1 does not hold an index</source>
        <translation>Das Referrer-Tag %1 enthält keinen Index</translation>
    </message>
    <message>
        <source>%1 asks for credentials for %2 and none were found; log in first (pullscope-cli login %3)</source>
        <translation>%1 verlangt Zugangsdaten für %2, aber es wurden keine gefunden; melden Sie sich zuerst an (pullscope-cli login %3)</translation>
    </message>
    <message>
        <source>%1 refused the credential for %2: %3 was tried</source>
        <extracomment>%1 registry, %2 operation, %3 credential description</extracomment>
        <translation>%1 hat die Zugangsdaten für %2 abgelehnt: versucht wurde %3</translation>
    </message>
    <message>
        <source>%1 denied access while %2: the credential is valid but has no permission for %3</source>
        <translation>%1 hat den Zugriff %2 verweigert: Die Zugangsdaten sind gültig, haben aber keine Berechtigung für %3</translation>
    </message>
    <message>
        <source>The repository %1 does not exist (or is private and the credential cannot see it)</source>
        <translation>Das Repository %1 existiert nicht (oder ist privat und die Zugangsdaten sehen es nicht)</translation>
    </message>
    <message>
        <source>%1 has no such tag or manifest (while %2)</source>
        <translation>%1 hat kein solches Tag oder Manifest (%2)</translation>
    </message>
    <message>
        <source>%1 does not have the requested blob (while %2)</source>
        <translation>%1 hat den angeforderten Blob nicht (%2)</translation>
    </message>
    <message>
        <source>%1 answered 404 Not Found while %2</source>
        <translation>%1 hat %2 mit 404 Not Found geantwortet</translation>
    </message>
    <message>
        <source>%1 is rate limiting requests (429 Too Many Requests) while %2</source>
        <translation>%1 drosselt Anfragen (429 Too Many Requests) %2</translation>
    </message>
    <message numerus="yes">
        <source>retry after %n s</source>
        <translation>
            <numerusform>erneuter Versuch nach %n Sekunde</numerusform>
            <numerusform>erneuter Versuch nach %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 timed out the request while %2</source>
        <translation>%1 hat die Anfrage %2 wegen Zeitüberschreitung abgebrochen</translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2 while %3</source>
        <translation>%1 ist %3 mit HTTP %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 while %3</source>
        <translation>%1 hat %3 mit HTTP %2 geantwortet</translation>
    </message>
    <message>
        <source> (registry said: %1%2)</source>
        <translation> (die Registry meldete: %1%2)</translation>
    </message>
    <message>
        <source>%1 sent more than %2 bytes while %3; stopped reading</source>
        <translation>%1 hat %3 mehr als %2 Bytes gesendet; Lesen abgebrochen</translation>
    </message>
    <message>
        <source>%1 sent more than %2 bytes while %3</source>
        <translation>%1 hat %3 mehr als %2 Bytes gesendet</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times while %3</source>
        <translation>%1 hat %3 mehr als %2-mal umgeleitet</translation>
    </message>
    <message>
        <source>%1 redirected from HTTPS to %2; refused</source>
        <translation>%1 hat von HTTPS auf %2 umgeleitet; abgelehnt</translation>
    </message>
    <message>
        <source> The registry sent no challenge Pullscope can answer (%1).</source>
        <translation> Die Registry hat keine Challenge gesendet, die Pullscope beantworten kann (%1).</translation>
    </message>
    <message>
        <source>%1 sent a token realm Pullscope will not use: &quot;%2&quot; (HTTPS is required unless the registry is marked insecure)</source>
        <translation>%1 hat einen Token-Realm gesendet, den Pullscope nicht verwendet: „%2“ (HTTPS ist Pflicht, außer die Registry ist als unsicher markiert)</translation>
    </message>
    <message>
        <source>The token server %1 of %2 could not be reached: %3</source>
        <translation>Der Token-Server %1 von %2 ist nicht erreichbar: %3</translation>
    </message>
    <message>
        <source>anonymous access</source>
        <translation>anonymen Zugriff</translation>
    </message>
    <message>
        <source>The token server %1 refused %2 for %3 (HTTP %4)</source>
        <translation>Der Token-Server %1 hat %2 für %3 verweigert (HTTP %4)</translation>
    </message>
    <message>
        <source>The token server %1 answered HTTP %2</source>
        <translation>Der Token-Server %1 hat mit HTTP %2 geantwortet</translation>
    </message>
    <message>
        <source>The token server %1 answered without a token (expected JSON with &quot;token&quot; or &quot;access_token&quot;)</source>
        <translation>Der Token-Server %1 hat ohne Token geantwortet (erwartet wurde JSON mit &quot;token&quot; oder &quot;access_token&quot;)</translation>
    </message>
    <message>
        <source>The host name of %1 does not resolve (DNS) while %2</source>
        <translation>Der Hostname von %1 lässt sich %2 nicht auflösen (DNS)</translation>
    </message>
    <message>
        <source>%1 refused the connection while %2: nothing listens at %3</source>
        <translation>%1 hat die Verbindung %2 abgelehnt: an %3 lauscht nichts</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s while %3</source>
        <translation>%1 hat %3 nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not accepted while %2: %3. CA certificates were looked for in the system store and in: %4. Add the registry&apos;s CA as HOST:PORT/ca.crt in one of those, or turn verification off for it.</source>
        <translation>Das TLS-Zertifikat von %1 wurde %2 nicht akzeptiert: %3. CA-Zertifikate wurden im Systemspeicher und in %4 gesucht. Legen Sie die CA der Registry als HOST:PORT/ca.crt in einem dieser Orte ab oder schalten Sie die Prüfung für sie ab.</translation>
    </message>
    <message>
        <source>Network error talking to %1 while %2: %3</source>
        <translation>Netzwerkfehler bei der Verbindung zu %1 %2: %3</translation>
    </message>
    <message>
        <source>The blob %1 is %2 bytes, more than the %3 allowed here</source>
        <translation>Der Blob %1 ist %2 Bytes groß, mehr als die hier erlaubten %3</translation>
    </message>
    <message>
        <source>fetching the blob %1 of %2</source>
        <translation>beim Abrufen des Blobs %1 von %2</translation>
    </message>
    <message>
        <source>The blob %1 from %2 is %3 bytes, the manifest says %4</source>
        <translation>Der Blob %1 von %2 ist %3 Bytes groß, laut Manifest %4</translation>
    </message>
    <message>
        <source>The blob %1 from %2 hashes to %3; refused</source>
        <translation>Der Blob %1 von %2 hat den Hash %3; abgelehnt</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>The client certificate %1 has no key %2</source>
        <translation>Zum Client-Zertifikat %1 fehlt der Schlüssel %2</translation>
    </message>
    <message>
        <source>Cannot read the client certificate %1</source>
        <translation>Das Client-Zertifikat %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Cannot read the private key %1</source>
        <translation>Der private Schlüssel %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The key %1 has no client certificate beside it</source>
        <translation>Neben dem Schlüssel %1 liegt kein Client-Zertifikat</translation>
    </message>
</context>
<context>
    <name>RegistriesPage</name>
    <message>
        <source>Add a registry</source>
        <translation>Registry hinzufügen</translation>
    </message>
    <message>
        <source>Registries are where your images live: Docker Hub, your company&apos;s Harbor or GitLab, a cloud registry, or a local one for testing. Add one to browse its repositories, tags, platforms and layers, and to check that your cluster can pull from it.</source>
        <translation>In Registrys liegen Ihre Images: Docker Hub, das Harbor oder GitLab Ihrer Firma, eine Cloud-Registry oder eine lokale zum Testen. Fügen Sie eine hinzu, um ihre Repositorys, Tags, Plattformen und Schichten zu durchsuchen und zu prüfen, ob Ihr Cluster daraus ziehen kann.</translation>
    </message>
    <message>
        <source>Add a Registry…</source>
        <translation>Registry hinzufügen…</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>Registrys</translation>
    </message>
    <message>
        <source>The registries Pullscope knows about. Select one to see how Pullscope will reach it.</source>
        <translation>Die Registrys, die Pullscope kennt. Wählen Sie eine aus, um zu sehen, wie Pullscope sie erreicht.</translation>
    </message>
    <message>
        <source>Add Registry…</source>
        <translation>Registry hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>URL:</source>
        <translation>URL:</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>Verbindung:</translation>
    </message>
    <message>
        <source>Certificate folder:</source>
        <translation>Zertifikatsordner:</translation>
    </message>
    <message>
        <source>Auth file:</source>
        <translation>Auth-Datei:</translation>
    </message>
    <message>
        <source>Browsing repositories, tags and manifests arrives with the registry browser. Pullscope has not contacted this registry yet.</source>
        <translation>Das Durchsuchen von Repositorys, Tags und Manifesten kommt mit dem Registry-Browser. Pullscope hat diese Registry noch nicht kontaktiert.</translation>
    </message>
    <message>
        <source>Insecure: plain HTTP allowed, TLS certificates not verified</source>
        <translation>Unsicher: unverschlüsseltes HTTP erlaubt, TLS-Zertifikate werden nicht geprüft</translation>
    </message>
    <message>
        <source>HTTPS with certificate verification</source>
        <translation>HTTPS mit Zertifikatsprüfung</translation>
    </message>
    <message>
        <source>None (system certificates)</source>
        <translation>Keiner (Systemzertifikate)</translation>
    </message>
    <message>
        <source>None (the usual credential files)</source>
        <translation>Keine (die üblichen Zugangsdatendateien)</translation>
    </message>
    <message>
        <source>Remove Registry</source>
        <translation>Registry entfernen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from Pullscope? Images and credentials are not touched.</source>
        <translation>„%1“ aus Pullscope entfernen? Images und Zugangsdaten bleiben unberührt.</translation>
    </message>
    <message>
        <source>Removed registry &quot;%1&quot;.</source>
        <translation>Registry „%1“ entfernt.</translation>
    </message>
</context>
<context>
    <name>RegistryClient</name>
    <message>
        <source>registry settings</source>
        <translation>Registry-Einstellungen</translation>
    </message>
</context>
<context>
    <name>RegistryDelegate</name>
    <message>
        <source>Insecure</source>
        <extracomment>Badge on a registry that allows plain HTTP or unverified TLS; keep it short.</extracomment>
        <translation>Unsicher</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>The settings file could not be used (%1); Pullscope started with default settings.</source>
        <translation>Die Einstellungsdatei war nicht verwendbar (%1); Pullscope wurde mit Standardeinstellungen gestartet.</translation>
    </message>
    <message>
        <source>The settings file was corrupt (%1) and has been moved to %2; Pullscope started with default settings.</source>
        <translation>Die Einstellungsdatei war beschädigt (%1) und wurde nach %2 verschoben; Pullscope wurde mit Standardeinstellungen gestartet.</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>die Datei ist zu groß</translation>
    </message>
    <message>
        <source>it contains binary data</source>
        <translation>sie enthält Binärdaten</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>sie ist kein UTF-8-Text</translation>
    </message>
    <message>
        <source>it is not a valid INI file</source>
        <translation>sie ist keine gültige INI-Datei</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Browse container registries, inspect images and debug ImagePullBackOff.</source>
        <translation>Container-Registrys durchsuchen, Images untersuchen und ImagePullBackOff beheben.</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Use the language CODE (such as de or zh_CN) instead of the system language.</source>
        <translation>Die Sprache CODE (etwa de oder zh_CN) statt der Systemsprache verwenden.</translation>
    </message>
    <message>
        <source>Import the registries listed in a demo file written by pullscope-lab.</source>
        <translation>Die Registrys aus einer von pullscope-lab geschriebenen Demo-Datei importieren.</translation>
    </message>
    <message>
        <source>Read and write settings in this INI file.</source>
        <translation>Einstellungen in dieser INI-Datei lesen und schreiben.</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and exit.</source>
        <translation>Ein Bild des Fensters in FILE speichern und beenden.</translation>
    </message>
    <message>
        <source>Start on this page: registries, workspace, node or credentials.</source>
        <translation>Auf dieser Seite starten: registries, workspace, node oder credentials.</translation>
    </message>
    <message>
        <source>Window size for --screenshot, such as 1200x780.</source>
        <translation>Fenstergröße für --screenshot, etwa 1200x780.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;; use one of: %2.</source>
        <translation>Unbekannte Seite „%1“; verwenden Sie eine von: %2.</translation>
    </message>
    <message>
        <source>Invalid size &quot;%1&quot;; use WIDTHxHEIGHT, such as 1200x780.</source>
        <translation>Ungültige Größe „%1“; verwenden Sie BREITExHÖHE, etwa 1200x780.</translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Open a Pod YAML file or folder</source>
        <translation>Eine Pod-YAML-Datei oder einen Ordner öffnen</translation>
    </message>
    <message>
        <source>The workspace holds the Kubernetes manifests you are working on. Open a Pod, Deployment or folder of YAML files to check image references, pull policies and image pull secrets before they reach a cluster.</source>
        <translation>Der Arbeitsbereich enthält die Kubernetes-Manifeste, an denen Sie arbeiten. Öffnen Sie einen Pod, ein Deployment oder einen Ordner mit YAML-Dateien, um Image-Referenzen, Pull-Policys und Image-Pull-Secrets zu prüfen, bevor sie einen Cluster erreichen.</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>Datei öffnen…</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>Ordner öffnen…</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Arbeitsbereich</translation>
    </message>
    <message>
        <source>The YAML files you opened. Reading Pods from them arrives with the Pod editor.</source>
        <translation>Die YAML-Dateien, die Sie geöffnet haben. Das Einlesen von Pods daraus kommt mit dem Pod-Editor.</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>No YAML files (*.yaml, *.yml) in %1.</source>
        <translation>Keine YAML-Dateien (*.yaml, *.yml) in %1.</translation>
    </message>
    <message numerus="yes">
        <source>Added %n YAML file(s) from %1.</source>
        <translation>
            <numerusform>%n YAML-Datei aus %1 hinzugefügt.</numerusform>
            <numerusform>%n YAML-Dateien aus %1 hinzugefügt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open Pod YAML</source>
        <translation>Pod-YAML öffnen</translation>
    </message>
    <message>
        <source>Kubernetes YAML (*.yaml *.yml);;All files (*)</source>
        <translation>Kubernetes-YAML (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Open Folder of YAML Files</source>
        <translation>Ordner mit YAML-Dateien öffnen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the workspace</source>
        <translation>
            <numerusform>%n Datei im Arbeitsbereich</numerusform>
            <numerusform>%n Dateien im Arbeitsbereich</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>pullscope: cannot write the screenshot to %1</source>
        <translation>pullscope: Das Bildschirmfoto kann nicht nach %1 geschrieben werden</translation>
    </message>
    <message>
        <source>Try &apos;pullscope --help&apos;.</source>
        <translation>Versuchen Sie „pullscope --help“.</translation>
    </message>
</context>
</TS>

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
    <message>
        <source>Verify the server&apos;s TLS certificate</source>
        <translation>TLS-Zertifikat des Servers prüfen</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Turn off only for a registry whose certificate you cannot add to the certificate folder (skopeo --tls-verify=false).</source>
        <translation>Nur für eine Registry abschalten, deren Zertifikat Sie nicht in den Zertifikatsordner legen können (skopeo --tls-verify=false).</translation>
    </message>
    <message>
        <source>Optional: an auth.json consulted first for this registry</source>
        <translation>Optional: eine auth.json, die für diese Registry zuerst befragt wird</translation>
    </message>
    <message>
        <source>Pullscope talks to the registry API at /v2/ on this address. Credentials come from your auth files and helpers, never from this form.</source>
        <translation>Pullscope spricht mit der Registry-API unter /v2/ an dieser Adresse. Zugangsdaten stammen aus Ihren Auth-Dateien und Credential-Helpern, nie aus diesem Formular.</translation>
    </message>
    <message>
        <source>Au&amp;th file:</source>
        <translation>Au&amp;th-Datei:</translation>
    </message>
    <message>
        <source>Edit Registry</source>
        <translation>Registry bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Wird getestet…</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>%1 wird kontaktiert…</translation>
    </message>
    <message>
        <source>Not reachable: %1
%2</source>
        <extracomment>%1 the registry URL, %2 the engine&apos;s explanation</extracomment>
        <translation>Nicht erreichbar: %1
%2</translation>
    </message>
    <message>
        <source>Reachable at %1</source>
        <translation>Erreichbar unter %1</translation>
    </message>
    <message>
        <source>Connection: HTTPS, certificate verified</source>
        <translation>Verbindung: HTTPS, Zertifikat geprüft</translation>
    </message>
    <message>
        <source>Connection: HTTPS, certificate NOT verified</source>
        <translation>Verbindung: HTTPS, Zertifikat NICHT geprüft</translation>
    </message>
    <message>
        <source>Connection: plain HTTP (unencrypted)</source>
        <translation>Verbindung: einfaches HTTP (unverschlüsselt)</translation>
    </message>
    <message>
        <source>Authentication: none asked for</source>
        <translation>Authentifizierung: keine verlangt</translation>
    </message>
    <message>
        <source>Authentication: bearer tokens from %1 (service &quot;%2&quot;)</source>
        <extracomment>%1 the token server URL, %2 the service name</extracomment>
        <translation>Authentifizierung: Bearer-Tokens von %1 (Dienst „%2“)</translation>
    </message>
    <message>
        <source>Authentication: %1</source>
        <translation>Authentifizierung: %1</translation>
    </message>
    <message>
        <source>Catalog: supported (repositories can be listed)</source>
        <translation>Katalog: unterstützt (Repositorys lassen sich auflisten)</translation>
    </message>
    <message>
        <source>Catalog: not available: %1</source>
        <translation>Katalog: nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API: %1</translation>
    </message>
    <message>
        <source>Auth File</source>
        <translation>Auth-Datei</translation>
    </message>
    <message>
        <source>Auth files (*.json);;All files (*)</source>
        <translation>Auth-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>ClustersPage</name>
    <message>
        <source>Your clusters, as kubectl sees them</source>
        <translation>Ihre Cluster, wie kubectl sie sieht</translation>
    </message>
    <message>
        <source>Pullscope reads your kubeconfig the way kubectl does: the file you choose, else the files in KUBECONFIG, else ~/.kube/config. It lists each context with its server, user and namespace, and says what would stop a client from using it.</source>
        <translation>Pullscope liest Ihre kubeconfig so, wie kubectl es tut: die Datei, die Sie wählen, sonst die Dateien in KUBECONFIG, sonst ~/.kube/config. Es zeigt jeden Kontext mit Server, Benutzer und Namespace und sagt, was einen Client davon abhalten würde, ihn zu verwenden.</translation>
    </message>
    <message>
        <source>Open Kubeconfig…</source>
        <translation>Kubeconfig öffnen…</translation>
    </message>
    <message>
        <source>Look Again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>The contexts of your kubeconfig and what is wrong with them. Secrets are never shown.</source>
        <translation>Die Kontexte Ihrer kubeconfig und was mit ihnen nicht stimmt. Geheimnisse werden nie angezeigt.</translation>
    </message>
    <message>
        <source>Use Default</source>
        <translation>Standard verwenden</translation>
    </message>
    <message>
        <source>Read KUBECONFIG or ~/.kube/config again, as kubectl does.</source>
        <translation>KUBECONFIG oder ~/.kube/config wieder lesen, wie kubectl es tut.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <source>Problems of the selected context</source>
        <translation>Probleme des gewählten Kontexts</translation>
    </message>
    <message>
        <source>Open Kubeconfig</source>
        <translation>Kubeconfig öffnen</translation>
    </message>
    <message>
        <source>Cannot read the kubeconfig: %1</source>
        <translation>Die kubeconfig kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No kubeconfig file was found.</source>
        <translation>Es wurde keine kubeconfig-Datei gefunden.</translation>
    </message>
    <message>
        <source>Read from %1</source>
        <translation>Gelesen aus %1</translation>
    </message>
    <message>
        <source>current-context %1 names no context</source>
        <extracomment>%1 a context name</extracomment>
        <translation>current-context %1 nennt keinen vorhandenen Kontext</translation>
    </message>
    <message>
        <source>Context %1 has no problem a client would stop at.</source>
        <extracomment>%1 a context name</extracomment>
        <translation>Kontext %1 hat kein Problem, an dem ein Client scheitern würde.</translation>
    </message>
    <message>
        <source>Reading the kubeconfig…</source>
        <extracomment>While the kubeconfig files are read</extracomment>
        <translation>Die kubeconfig wird gelesen…</translation>
    </message>
</context>
<context>
    <name>ContainerForm</name>
    <message>
        <source>Add Pull Secret</source>
        <extracomment>Button: add an image pull secret to the selected pod</extracomment>
        <translation>Pull-Secret hinzufügen</translation>
    </message>
    <message>
        <source>Containers</source>
        <extracomment>Accessible name of the table of containers in the form view</extracomment>
        <translation>Container</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change an image or pull policy; the YAML is edited in place, comments and order kept.</source>
        <translation>Doppelklicken Sie oder drücken Sie F2, um ein Image oder eine Pull-Policy zu ändern; das YAML wird direkt bearbeitet, Kommentare und Reihenfolge bleiben erhalten.</translation>
    </message>
    <message>
        <source>Image pull secrets</source>
        <extracomment>Accessible name of the list of a pod&apos;s image pull secrets</extracomment>
        <translation>Image-Pull-Secrets</translation>
    </message>
    <message>
        <source>Secret name, such as regcred</source>
        <extracomment>Placeholder of the field that names a new image pull secret</extracomment>
        <translation>Name des Secrets, z. B. regcred</translation>
    </message>
    <message>
        <source>No Pod or workload in this file. Containers of Pods, Deployments, StatefulSets, DaemonSets, Jobs and CronJobs show here.</source>
        <extracomment>Shown in the form view when the file has no Pod or workload</extracomment>
        <translation>Kein Pod und keine Workload in dieser Datei. Hier erscheinen die Container von Pods, Deployments, StatefulSets, DaemonSets, Jobs und CronJobs.</translation>
    </message>
    <message>
        <source>Image pull secrets of %1</source>
        <extracomment>Title over a pod&apos;s image pull secrets; %1 is the object, such as Pod/web</extracomment>
        <translation>Image-Pull-Secrets von %1</translation>
    </message>
    <message>
        <source>(entry without a name)</source>
        <translation>(Eintrag ohne Namen)</translation>
    </message>
    <message>
        <source>None listed: the ServiceAccount &quot;%1&quot;&apos;s secrets apply</source>
        <translation>Keine angegeben: Es gelten die Secrets des ServiceAccounts „%1“</translation>
    </message>
    <message>
        <source>None listed: the &quot;default&quot; ServiceAccount&apos;s secrets apply</source>
        <translation>Keine angegeben: Es gelten die Secrets des ServiceAccounts „default“</translation>
    </message>
</context>
<context>
    <name>CredentialLookupBox</name>
    <message>
        <source>Which credential would be used for this image, and why?</source>
        <translation>Welche Zugangsdaten würden für dieses Image verwendet, und warum?</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <source>Image, e.g. registry.example.com/team/app:1.0 or busybox</source>
        <translation>Image, z. B. registry.example.com/team/app:1.0 oder busybox</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Type an image and press Explain: Pullscope shows each place it looks, in order, and what it found there.</source>
        <translation>Geben Sie ein Image ein und klicken Sie auf „Erklären“: Pullscope zeigt der Reihe nach jeden Ort, an dem es sucht, und was es dort gefunden hat.</translation>
    </message>
    <message>
        <source>auth file of registry &quot;%1&quot;</source>
        <translation>Auth-Datei der Registry „%1“</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>Wird gesucht…</translation>
    </message>
    <message>
        <source>desktop keyring</source>
        <translation>Desktop-Schlüsselbund</translation>
    </message>
    <message>
        <source>has a login for %1 (user %2), stored by Pullscope</source>
        <translation>hat eine Anmeldung für %1 (Benutzer %2), von Pullscope gespeichert</translation>
    </message>
    <message>
        <source>Pullscope&apos;s login in the desktop keyring: user %1. Docker, podman and skopeo do not see it.</source>
        <translation>Anmeldung von Pullscope im Desktop-Schlüsselbund: Benutzer %1. Docker, podman und skopeo sehen sie nicht.</translation>
    </message>
    <message>
        <source>No credential: requests to %1 go anonymously. Pulls of public images work; private ones fail with &quot;unauthorized&quot;.</source>
        <translation>Keine Zugangsdaten: Anfragen an %1 erfolgen anonym. Öffentliche Images lassen sich ziehen; private scheitern mit „unauthorized“.</translation>
    </message>
    <message>
        <source>user %1, password %2</source>
        <translation>Benutzer %1, Passwort %2</translation>
    </message>
    <message>
        <source>Chosen: %1, from %2.</source>
        <extracomment>%1 who (user and masked password), %2 where from</extracomment>
        <translation>Gewählt: %1, aus %2.</translation>
    </message>
</context>
<context>
    <name>CredentialTableModel</name>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>identity token</source>
        <translation>Identitätstoken</translation>
    </message>
    <message>
        <source>registry token</source>
        <translation>Registry-Token</translation>
    </message>
    <message>
        <source>(file)</source>
        <translation>(Datei)</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>Schlüssel: %1</translation>
    </message>
    <message>
        <source>Consulted as: %1</source>
        <translation>Befragt als: %1</translation>
    </message>
    <message>
        <source>Named in: %1</source>
        <translation>Genannt in: %1</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>Registry</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Geheimnis</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
</context>
<context>
    <name>CredentialWriter</name>
    <message>
        <source>docker-credential-%1 (configured in %2)</source>
        <extracomment>%1 a helper program, %2 a file</extracomment>
        <translation>docker-credential-%1 (eingerichtet in %2)</translation>
    </message>
    <message>
        <source>the desktop keyring</source>
        <translation>den Desktop-Schlüsselbund</translation>
    </message>
    <message>
        <source>No desktop keyring.</source>
        <translation>Kein Desktop-Schlüsselbund.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>%1 has no login for %2 any more.</source>
        <translation>%1 hat keine Anmeldung für %2 mehr.</translation>
    </message>
    <message>
        <source>This credential cannot be removed here.</source>
        <translation>Diese Zugangsdaten können hier nicht entfernt werden.</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Where Pullscope finds registry credentials</source>
        <translation>Wo Pullscope Registry-Zugangsdaten findet</translation>
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
    <message>
        <source>Show secrets</source>
        <translation>Geheimnisse anzeigen</translation>
    </message>
    <message>
        <source>Pullscope uses the credentials you already have: Docker&apos;s config.json, the containers auth.json of podman and skopeo, and the credential helpers they name. It reads them only to talk to a registry, and never shows a secret unless you ask.</source>
        <translation>Pullscope verwendet die Zugangsdaten, die Sie schon haben: die config.json von Docker, die containers-auth.json von podman und skopeo sowie die darin genannten Credential-Helper. Es liest sie nur, um mit einer Registry zu sprechen, und zeigt ein Geheimnis nur an, wenn Sie es verlangen.</translation>
    </message>
    <message>
        <source>Log In…</source>
        <translation>Anmelden…</translation>
    </message>
    <message>
        <source>Every credential Pullscope can use, in the order it looks for them. Secrets stay hidden unless you show them.</source>
        <translation>Alle Zugangsdaten, die Pullscope verwenden kann, in der Reihenfolge, in der es sie sucht. Geheimnisse bleiben verborgen, solange Sie sie nicht anzeigen.</translation>
    </message>
    <message>
        <source>Log Out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Shows passwords and tokens in clear on this screen.</source>
        <translation>Zeigt Passwörter und Tokens auf diesem Bildschirm im Klartext an.</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Files consulted, in order</source>
        <translation>Befragte Dateien, in Reihenfolge</translation>
    </message>
    <message>
        <source>Reading credentials…</source>
        <translation>Zugangsdaten werden gelesen…</translation>
    </message>
    <message>
        <source>Pullscope, for registry &quot;%1&quot;</source>
        <translation>Pullscope, für Registry „%1“</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>desktop keyring</source>
        <translation>Desktop-Schlüsselbund</translation>
    </message>
    <message>
        <source>Pullscope&apos;s own logins (docker, podman and skopeo do not read them)</source>
        <translation>Eigene Anmeldungen von Pullscope (docker, podman und skopeo lesen sie nicht)</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n Zugangsdateneintrag</numerusform>
            <numerusform>%n Zugangsdateneinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n problem(s)</source>
        <translation>
            <numerusform>, %n Problem</numerusform>
            <numerusform>, %n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>no desktop keyring</source>
        <translation>kein Desktop-Schlüsselbund</translation>
    </message>
    <message>
        <source>Logged in to %1; stored in %2.</source>
        <translation>Bei %1 angemeldet; gespeichert in %2.</translation>
    </message>
    <message>
        <source>Remove the login for %1 (user %2) from %3?</source>
        <extracomment>%1 a registry, %2 a user name, %3 a file or helper</extracomment>
        <translation>Die Anmeldung für %1 (Benutzer %2) aus %3 entfernen?</translation>
    </message>
    <message>
        <source>Not logged out: %1</source>
        <translation>Nicht abgemeldet: %1</translation>
    </message>
    <message>
        <source>Logged out of %1 (removed from %2).</source>
        <translation>Von %1 abgemeldet (aus %2 entfernt).</translation>
    </message>
</context>
<context>
    <name>DiagnoseWidget</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Apply to the YAML</source>
        <translation>Auf das YAML &amp;anwenden</translation>
    </message>
    <message>
        <source>Apply and &amp;Rerun</source>
        <translation>Anwenden und &amp;erneut ausführen</translation>
    </message>
    <message>
        <source>Open the &amp;Node Profile</source>
        <translation>&amp;Knotenprofil öffnen</translation>
    </message>
    <message>
        <source>Run a Pod in the Simulation tab, choose a container and press Diagnose: each link of the kubelet&apos;s pull chain is checked against the registry, and the first broken one comes with its fix.</source>
        <translation>Führen Sie einen Pod im Reiter „Pull-Simulation“ aus, wählen Sie einen Container und klicken Sie auf „Diagnostizieren“: Jedes Glied der Pull-Kette des Kubelets wird gegen die Registry geprüft, und das erste defekte kommt mit seiner Lösung.</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>So beheben Sie es</translation>
    </message>
    <message>
        <source>Copy the commands to the clipboard</source>
        <translation>Die Befehle in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied the commands to the clipboard.</source>
        <translation>Die Befehle wurden in die Zwischenablage kopiert.</translation>
    </message>
    <message>
        <source>Why %1 of %2 does not start</source>
        <translation>Warum %1 von %2 nicht startet</translation>
    </message>
    <message>
        <source>Checking the pull chain of %1...</source>
        <translation>Die Pull-Kette von %1 wird geprüft...</translation>
    </message>
    <message>
        <source>First broken link: %1 — %2</source>
        <translation>Erstes defektes Glied: %1 – %2</translation>
    </message>
    <message>
        <source>Every check passed: %1 should pull on this node.</source>
        <translation>Alle Prüfungen bestanden: %1 sollte sich auf diesem Knoten ziehen lassen.</translation>
    </message>
</context>
<context>
    <name>DigestPinner</name>
    <message>
        <source>There is no image to pin at this place any more.</source>
        <translation>An dieser Stelle gibt es kein Image mehr, das fixiert werden könnte.</translation>
    </message>
    <message>
        <source>Cannot pin &quot;%1&quot;: %2</source>
        <extracomment>%1 is the image reference, %2 why it does not parse</extracomment>
        <translation>„%1“ kann nicht fixiert werden: %2</translation>
    </message>
    <message>
        <source>Cannot pin &quot;%1&quot;: no registry connection.</source>
        <translation>„%1“ kann nicht fixiert werden: keine Registry-Verbindung.</translation>
    </message>
    <message>
        <source>Could not resolve the digest of %1: %2</source>
        <extracomment>%1 is the image reference, %2 the registry&apos;s error</extracomment>
        <translation>Der Digest von %1 konnte nicht ermittelt werden: %2</translation>
    </message>
    <message>
        <source>%1 changed while its digest was looked up; nothing was pinned.</source>
        <translation>%1 hat sich geändert, während sein Digest abgefragt wurde; nichts wurde fixiert.</translation>
    </message>
    <message>
        <source>Cannot pin %1 here: the value is not a plain YAML scalar.</source>
        <translation>%1 kann hier nicht fixiert werden: Der Wert ist kein einfacher YAML-Skalar.</translation>
    </message>
</context>
<context>
    <name>InspectorWidget</name>
    <message>
        <source>Select a tag to inspect its platforms, layers and configuration.</source>
        <translation>Wählen Sie ein Tag aus, um seine Plattformen, Layer und Konfiguration zu untersuchen.</translation>
    </message>
    <message>
        <source>Copy reference</source>
        <translation>Referenz kopieren</translation>
    </message>
    <message>
        <source>Copy the reference by tag</source>
        <translation>Die Referenz mit Tag kopieren</translation>
    </message>
    <message>
        <source>Copy pinned by digest</source>
        <translation>Per Digest fixiert kopieren</translation>
    </message>
    <message>
        <source>Copy repository@digest: what a Pod should use to get exactly this image</source>
        <translation>repository@digest kopieren: das, was ein Pod verwenden sollte, um genau dieses Image zu erhalten</translation>
    </message>
    <message>
        <source>Pull…</source>
        <translation>Ziehen…</translation>
    </message>
    <message>
        <source>Pull this image into the local store</source>
        <translation>Dieses Image in den lokalen Speicher ziehen</translation>
    </message>
    <message>
        <source>Inspecting…</source>
        <translation>Wird untersucht…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>Image-Größe</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>Manifest</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>Medientyp</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt durch</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Layer</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>Artifact type</source>
        <translation>Artefakttyp</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Roh-JSON</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <source>Digest:</source>
        <translation>Digest:</translation>
    </message>
    <message>
        <source>Media type:</source>
        <translation>Medientyp:</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>Größe:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Details for:</source>
        <translation>Details für:</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>Pull-Limit:</translation>
    </message>
    <message>
        <source>Indented for reading; digests cover the bytes as the registry served them.</source>
        <translation>Zum Lesen eingerückt; Digests beziehen sich auf die Bytes, wie die Registry sie ausgeliefert hat.</translation>
    </message>
    <message>
        <source>Pullscope has no network connection for registries.</source>
        <translation>Pullscope hat keine Netzwerkverbindung für Registrys.</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n layer(s); config %2, manifest %3</source>
        <translation>
            <numerusform>%1 in %n Layer; Konfiguration %2, Manifest %3</numerusform>
            <numerusform>%1 in %n Layern; Konfiguration %2, Manifest %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message numerus="yes">
        <source>%1 (this computer&apos;s platform; the index lists %n platform(s))</source>
        <extracomment>%1 is a platform such as linux/amd64, %2 how many the index lists</extracomment>
        <translation>
            <numerusform>%1 (die Plattform dieses Computers; der Index listet %n Plattform)</numerusform>
            <numerusform>%1 (die Plattform dieses Computers; der Index listet %n Plattformen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reported by this registry</source>
        <translation>Von dieser Registry nicht gemeldet</translation>
    </message>
    <message>
        <source>(no platform)</source>
        <translation>(keine Plattform)</translation>
    </message>
    <message>
        <source>attestation</source>
        <translation>Attestierung</translation>
    </message>
    <message>
        <source>A build attestation (provenance or SBOM), not a runnable image</source>
        <translation>Eine Build-Attestierung (Provenienz oder SBOM), kein ausführbares Image</translation>
    </message>
    <message>
        <source>The image this computer would pull</source>
        <translation>Das Image, das dieser Computer ziehen würde</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>root (not set)</source>
        <translation>root (nicht gesetzt)</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>Arbeitsverzeichnis</translation>
    </message>
    <message>
        <source>/ (not set)</source>
        <translation>/ (nicht gesetzt)</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>Einstiegspunkt</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <source>Exposed ports</source>
        <translation>Freigegebene Ports</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Image-Labels</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>Volume-Pfade</translation>
    </message>
    <message>
        <source>Stop signal</source>
        <translation>Stoppsignal</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Image-Index</translation>
    </message>
    <message>
        <source>Manifest for %1</source>
        <extracomment>%1 is a platform such as linux/amd64</extracomment>
        <translation>Manifest für %1</translation>
    </message>
    <message>
        <source>Nothing refers to this image (no signatures, SBOMs or attestations attached).</source>
        <translation>Nichts verweist auf dieses Image (keine Signaturen, SBOMs oder Attestierungen angehängt).</translation>
    </message>
    <message numerus="yes">
        <source>%n artifact(s) refer to this image.</source>
        <translation>
            <numerusform>%n Artefakt verweist auf dieses Image.</numerusform>
            <numerusform>%n Artefakte verweisen auf dieses Image.</numerusform>
        </translation>
    </message>
    <message>
        <source>This registry has no referrers API; the referrers tag was read instead.</source>
        <translation>Diese Registry hat keine Referrers-API; stattdessen wurde das Referrer-Tag gelesen.</translation>
    </message>
    <message>
        <source>Looking for referrers…</source>
        <translation>Referrer werden gesucht…</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>The desktop keyring did not answer (no secret service running?).</source>
        <translation>Der Desktop-Schlüsselbund hat nicht geantwortet (läuft kein Secret Service?).</translation>
    </message>
    <message>
        <source>The desktop keyring refused the request: %1</source>
        <translation>Der Desktop-Schlüsselbund hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The desktop keyring is turned off (PULLSCOPE_KEYRING=off).</source>
        <translation>Der Desktop-Schlüsselbund ist abgeschaltet (PULLSCOPE_KEYRING=off).</translation>
    </message>
    <message>
        <source>No desktop keyring is available: %1</source>
        <translation>Kein Desktop-Schlüsselbund verfügbar: %1</translation>
    </message>
    <message>
        <source>desktop keyring</source>
        <translation>Desktop-Schlüsselbund</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log In to a Registry</source>
        <translation>Bei einer Registry anmelden</translation>
    </message>
    <message>
        <source>Optional: a repository you may pull, e.g. team/app</source>
        <translation>Optional: ein Repository, das Sie ziehen dürfen, z. B. team/app</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Pullscope checks the login with the registry before it stores anything. It goes to the credential helper your files name for that registry, else to the desktop keyring, else, if you agree, to an auth file only you can read.</source>
        <translation>Pullscope prüft die Anmeldung bei der Registry, bevor es etwas speichert. Sie landet beim Credential-Helper, den Ihre Dateien für diese Registry nennen, sonst im Desktop-Schlüsselbund, sonst – wenn Sie zustimmen – in einer Auth-Datei, die nur Sie lesen können.</translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation>&amp;Registry:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Re&amp;pository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>Store the Login in a File?</source>
        <translation>Anmeldung in einer Datei speichern?</translation>
    </message>
    <message>
        <source>Registry: enter a host name, with a port if it has one (registry.example.com:5000).</source>
        <translation>Registry: Geben Sie einen Hostnamen ein, gegebenenfalls mit Port (registry.example.com:5000).</translation>
    </message>
    <message>
        <source>User name: enter the user name for this registry.</source>
        <translation>Benutzername: Geben Sie den Benutzernamen für diese Registry ein.</translation>
    </message>
    <message>
        <source>User name: a user name cannot contain &quot;:&quot;.</source>
        <translation>Benutzername: Ein Benutzername darf kein „:“ enthalten.</translation>
    </message>
    <message>
        <source>Password: enter the password or access token.</source>
        <translation>Passwort: Geben Sie das Passwort oder ein Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>Checking the login with %1…</source>
        <translation>Anmeldung wird bei %1 geprüft…</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>No credential helper is configured for %1 and no desktop keyring is available. Store the login in %2? The file is created if needed and written with mode 0600, so only you can read it; podman, skopeo and docker read it too.</source>
        <translation>Für %1 ist kein Credential-Helper eingerichtet und kein Desktop-Schlüsselbund verfügbar. Die Anmeldung in %2 speichern? Die Datei wird bei Bedarf angelegt und mit Modus 0600 geschrieben, sodass nur Sie sie lesen können; podman, skopeo und docker lesen sie ebenfalls.</translation>
    </message>
    <message>
        <source>The login is correct but was not stored.</source>
        <translation>Die Anmeldung ist korrekt, wurde aber nicht gespeichert.</translation>
    </message>
    <message>
        <source>Storing the login in %1…</source>
        <translation>Anmeldung wird in %1 gespeichert…</translation>
    </message>
    <message>
        <source>Verified, but not stored: %1</source>
        <translation>Geprüft, aber nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Stored in %1.</source>
        <translation>In %1 gespeichert.</translation>
    </message>
</context>
<context>
    <name>LoginVerifier</name>
    <message>
        <source>the login dialog</source>
        <translation>der Anmeldedialog</translation>
    </message>
    <message>
        <source>%1 asks for no credentials; any login is accepted.</source>
        <translation>%1 verlangt keine Zugangsdaten; jede Anmeldung wird akzeptiert.</translation>
    </message>
    <message>
        <source>The login may list the tags of %1 on %2.</source>
        <extracomment>%1 a repository, %2 a registry host</extracomment>
        <translation>Die Anmeldung darf die Tags von %1 auf %2 auflisten.</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>bei der Anmeldung</translation>
    </message>
    <message>
        <source>%1 accepted the login (%2).</source>
        <extracomment>%1 a registry host, %2 &quot;basic&quot; or &quot;bearer&quot;</extracomment>
        <translation>%1 hat die Anmeldung akzeptiert (%2).</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
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
    <message>
        <source>&amp;Pull Image…</source>
        <translation>Image &amp;ziehen…</translation>
    </message>
    <message>
        <source>&amp;Pulls</source>
        <translation>&amp;Pull-Vorgänge</translation>
    </message>
    <message>
        <source>Pulls</source>
        <translation>Pull-Vorgänge</translation>
    </message>
    <message>
        <source>Pulled %1.</source>
        <translation>%1 gezogen.</translation>
    </message>
    <message>
        <source>Cancelled the pull of %1.</source>
        <translation>Pull von %1 abgebrochen.</translation>
    </message>
    <message>
        <source>Pulling %1 failed: %2</source>
        <translation>Ziehen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>The contexts of your kubeconfig</source>
        <translation>Die Kontexte Ihrer kubeconfig</translation>
    </message>
</context>
<context>
    <name>NodeImagesWidget</name>
    <message>
        <source>Pull Image…</source>
        <translation>Image ziehen…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Collect Garbage</source>
        <translation>Speicher bereinigen</translation>
    </message>
    <message>
        <source>Stored in %1, an OCI image layout that skopeo and other tools can read. &lt;a href=&quot;open&quot;&gt;Open folder&lt;/a&gt;</source>
        <extracomment>%1 is a folder; the link opens it in the file manager</extracomment>
        <translation>Gespeichert in %1, einem OCI-Image-Layout, das skopeo und andere Werkzeuge lesen können. &lt;a href=&quot;open&quot;&gt;Ordner öffnen&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Remove the selected image from this node</source>
        <translation>Das ausgewählte Image von diesem Knoten entfernen</translation>
    </message>
    <message>
        <source>Delete layers no image uses any more, and abandoned partial downloads</source>
        <translation>Layer löschen, die kein Image mehr verwendet, sowie abgebrochene unvollständige Downloads</translation>
    </message>
    <message>
        <source>No images on this node yet</source>
        <translation>Noch keine Images auf diesem Knoten</translation>
    </message>
    <message>
        <source>Images you pull are stored here, each layer verified against its digest. Pull one with File &gt; Pull Image… (Ctrl+P), with the Pull… button of a tag on the Registries page, or here. Choose this machine&apos;s platform, another one, or all of a multi-platform image.</source>
        <translation>Gezogene Images werden hier gespeichert, jeder Layer gegen seinen Digest geprüft. Ziehen Sie eines mit Datei &gt; Image ziehen… (Strg+P), mit der Schaltfläche „Ziehen…“ eines Tags auf der Seite „Registrys“ oder hier. Wählen Sie die Plattform dieses Rechners, eine andere oder alle Plattformen eines Multi-Plattform-Images.</translation>
    </message>
    <message>
        <source>Images on this node</source>
        <translation>Images auf diesem Knoten</translation>
    </message>
    <message>
        <source>Collecting garbage…</source>
        <translation>Speicher wird bereinigt…</translation>
    </message>
    <message>
        <source>Cannot read the image store: %1</source>
        <translation>Der Image-Speicher kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Delete Image</source>
        <translation>Image löschen</translation>
    </message>
    <message>
        <source>Delete %1 from this node?</source>
        <translation>%1 von diesem Knoten löschen?</translation>
    </message>
    <message>
        <source>Its layers stay on disk until you collect garbage, which deletes those no other image uses.</source>
        <translation>Seine Layer bleiben auf der Festplatte, bis Sie den Speicher bereinigen; dabei werden die gelöscht, die kein anderes Image verwendet.</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>%1 wird gelöscht…</translation>
    </message>
    <message>
        <source>Wait for the running pulls to finish: collecting garbage now could delete layers they have just stored</source>
        <translation>Warten Sie, bis die laufenden Pulls fertig sind: Eine Speicherbereinigung könnte jetzt Layer löschen, die sie gerade gespeichert haben</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>%1 konnte nicht gelöscht werden: %2</translation>
    </message>
    <message>
        <source>%1 was already gone.</source>
        <translation>%1 war bereits entfernt.</translation>
    </message>
    <message>
        <source>Deleted %1. Collect garbage to free the layers no other image uses.</source>
        <translation>%1 gelöscht. Bereinigen Sie den Speicher, um die Layer freizugeben, die kein anderes Image verwendet.</translation>
    </message>
    <message>
        <source>Garbage collection failed: %1</source>
        <translation>Speicherbereinigung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Freed %1: %2, %3.</source>
        <extracomment>%1 is a size such as &quot;12 MiB&quot;; the %n are counts</extracomment>
        <translation>%1 freigegeben: %2, %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n blob(s)</source>
        <translation>
            <numerusform>%n Blob</numerusform>
            <numerusform>%n Blobs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partial download(s)</source>
        <translation>
            <numerusform>%n unvollständiger Download</numerusform>
            <numerusform>%n unvollständige Downloads</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist yet; the first pull creates it.</source>
        <translation>%1 existiert noch nicht; der erste Pull legt es an.</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Kein Dateimanager konnte %1 öffnen.</translation>
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
    <message>
        <source>Images on this node</source>
        <translation>Images auf diesem Knoten</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>Pull-Simulation</translation>
    </message>
    <message>
        <source>Open a YAML File...</source>
        <translation>YAML-Datei öffnen...</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>Fehlerdiagnose</translation>
    </message>
    <message>
        <source>Diagnosing %1 to find its fix...</source>
        <translation>%1 wird diagnostiziert, um die Lösung zu finden...</translation>
    </message>
    <message>
        <source>There is no YAML fix for this failure; the Diagnose tab shows what to do.</source>
        <translation>Für diesen Fehler gibt es keine YAML-Korrektur; der Reiter „Fehlerdiagnose“ zeigt, was zu tun ist.</translation>
    </message>
    <message>
        <source>The fix could not be applied to the workspace.</source>
        <translation>Die Korrektur konnte nicht auf den Arbeitsbereich angewendet werden.</translation>
    </message>
    <message>
        <source>The node profile applies to the next run.</source>
        <translation>Das Knotenprofil gilt ab dem nächsten Lauf.</translation>
    </message>
</context>
<context>
    <name>NodeProfileEditor</name>
    <message>
        <source>Pull one image at a time (serializeImagePulls)</source>
        <translation>Jeweils nur ein Image ziehen (serializeImagePulls)</translation>
    </message>
    <message>
        <source>AlwaysPullImages admission plugin</source>
        <translation>Admission-Plugin AlwaysPullImages</translation>
    </message>
    <message>
        <source>ServiceAccount admission adds the account&apos;s pull secrets</source>
        <translation>Die ServiceAccount-Admission fügt die Pull-Secrets des Kontos hinzu</translation>
    </message>
    <message>
        <source>Node Profile</source>
        <translation>Knotenprofil</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <source>registry.example.com/team/*, one per line</source>
        <translation>registry.example.com/team/*, eines pro Zeile</translation>
    </message>
    <message>
        <source>runc, kata (comma-separated)</source>
        <translation>runc, kata (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>none: the node has no config.json</source>
        <translation>keine: Der Knoten hat keine config.json</translation>
    </message>
    <message>
        <source>none: no credential provider plugins</source>
        <translation>keine: keine Credential-Provider-Plugins</translation>
    </message>
    <message>
        <source>Feature gate</source>
        <translation>Feature-Gate</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kubernetes version:</source>
        <translation>&amp;Kubernetes-Version:</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>&amp;Plattform:</translation>
    </message>
    <message>
        <source>&amp;Images (content store):</source>
        <translation>&amp;Images (Content-Store):</translation>
    </message>
    <message>
        <source>&amp;Runtime handlers:</source>
        <translation>&amp;Runtime-Handler:</translation>
    </message>
    <message>
        <source>Kubelet configuration</source>
        <translation>Kubelet-Konfiguration</translation>
    </message>
    <message>
        <source>Max &amp;parallel pulls:</source>
        <translation>Max. &amp;parallele Pulls:</translation>
    </message>
    <message>
        <source>Registry pull &amp;QPS:</source>
        <translation>Registry-Pull-&amp;QPS:</translation>
    </message>
    <message>
        <source>Registry &amp;burst:</source>
        <translation>Registry-&amp;Burst:</translation>
    </message>
    <message>
        <source>Credential &amp;verification:</source>
        <translation>Zugangsdaten-&amp;Prüfung:</translation>
    </message>
    <message>
        <source>Preloaded images &amp;allowlist:</source>
        <translation>&amp;Allowlist vorgeladener Images:</translation>
    </message>
    <message>
        <source>Feature &amp;gates:</source>
        <translation>Feature-&amp;Gates:</translation>
    </message>
    <message>
        <source>Node credentials and admission</source>
        <translation>Zugangsdaten und Admission des Knotens</translation>
    </message>
    <message>
        <source>&amp;config.json:</source>
        <translation>&amp;config.json-Datei:</translation>
    </message>
    <message>
        <source>Credential &amp;provider config:</source>
        <translation>Credential-&amp;Provider-Konfiguration:</translation>
    </message>
    <message>
        <source>Provider &amp;bin dir:</source>
        <translation>Provider-&amp;Binärordner:</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>Ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>&amp;Save As...</source>
        <translation>&amp;Speichern unter...</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>&amp;Standardwerte</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>Ordner wählen</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>The default node: this machine&apos;s platform and the kubelet&apos;s default configuration.</source>
        <translation>Der Standardknoten: die Plattform dieses Rechners und die Standardkonfiguration des Kubelets.</translation>
    </message>
    <message>
        <source>Read from %1</source>
        <translation>Gelesen aus %1</translation>
    </message>
    <message>
        <source>not in 1.%1</source>
        <translation>nicht in 1.%1</translation>
    </message>
    <message>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <source>on (GA, locked)</source>
        <translation>an (GA, gesperrt)</translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>The node needs a name.</source>
        <translation>Der Knoten braucht einen Namen.</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>Plattform: %1</translation>
    </message>
    <message>
        <source>Feature gates: %1</source>
        <translation>Feature-Gates: %1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Gespeichert in %1</translation>
    </message>
    <message>
        <source>Open Node Profile</source>
        <translation>Knotenprofil öffnen</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>YAML-Dateien (*.yaml *.yml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Save Node Profile</source>
        <translation>Knotenprofil speichern</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML-Dateien (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <extracomment>Accessible name of the list of problems found in the open YAML files</extracomment>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>No problems in the open files.</source>
        <extracomment>Shown in the Problems list when the open files have no findings</extracomment>
        <translation>Keine Probleme in den geöffneten Dateien.</translation>
    </message>
    <message>
        <source>Go to Problem</source>
        <extracomment>Context menu entry of the Problems list</extracomment>
        <translation>Zum Problem springen</translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <source>This platform:</source>
        <translation>Diese Plattform:</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>Alle Plattformen</translation>
    </message>
    <message>
        <source>Pull Image</source>
        <translation>Image ziehen</translation>
    </message>
    <message>
        <source>This machine&apos;s (%1)</source>
        <extracomment>%1 is a platform such as linux/amd64</extracomment>
        <translation>Die dieses Rechners (%1)</translation>
    </message>
    <message>
        <source>Every platform of a multi-platform image, as skopeo copy --all</source>
        <translation>Jede Plattform eines Multi-Plattform-Images, wie skopeo copy --all</translation>
    </message>
    <message>
        <source>os/architecture[/variant], as in docker pull --platform</source>
        <translation>os/architecture[/variant], wie bei docker pull --platform</translation>
    </message>
    <message>
        <source>How many layers are downloaded at the same time</source>
        <translation>Wie viele Layer gleichzeitig heruntergeladen werden</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>Ziehen</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>&amp;Image-Referenz:</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>Plattform:</translation>
    </message>
    <message>
        <source>Parallel &amp;downloads:</source>
        <translation>Parallele &amp;Downloads:</translation>
    </message>
    <message>
        <source>A name such as busybox, a tag such as registry.example.com/app:1.0 or a digest reference.</source>
        <translation>Ein Name wie busybox, ein Tag wie registry.example.com/app:1.0 oder eine Digest-Referenz.</translation>
    </message>
    <message>
        <source>Pulls %1</source>
        <translation>Zieht %1</translation>
    </message>
</context>
<context>
    <name>PullListModel</name>
    <message>
        <source>%1
Platforms: %2</source>
        <translation>%1
Plattformen: %2</translation>
    </message>
    <message>
        <source>Config %1</source>
        <translation>Konfiguration %1</translation>
    </message>
    <message>
        <source>Layer %1 %2</source>
        <extracomment>%1 is the layer&apos;s position in its image, %2 a short digest</extracomment>
        <translation>Layer %1: %2</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image-Name</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>Übertragen</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>Datenrate</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>this machine (%1)</source>
        <translation>dieser Rechner (%1)</translation>
    </message>
    <message>
        <source>all platforms</source>
        <translation>alle Plattformen</translation>
    </message>
    <message>
        <source>Resolving</source>
        <translation>Wird aufgelöst</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>Wird heruntergeladen</translation>
    </message>
    <message>
        <source>Done in %1 (%2 already stored)</source>
        <extracomment>%1 is a duration, %2 a size</extracomment>
        <translation>Fertig in %1 (%2 bereits gespeichert)</translation>
    </message>
    <message>
        <source>Done in %1</source>
        <translation>Fertig in %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Wartet</translation>
    </message>
    <message>
        <source>Retrying: %1</source>
        <translation>Neuer Versuch: %1</translation>
    </message>
    <message>
        <source>Already stored</source>
        <translation>Bereits gespeichert</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a blob of a multi-platform pull: %1 is &quot;Layer 2 sha256:ab12…&quot;, %2 its platforms</extracomment>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>PullPolicyDelegate</name>
    <message>
        <source>Image pull policy</source>
        <extracomment>Accessible name of the pull-policy combo box in the containers table</extracomment>
        <translation>Image-Pull-Policy</translation>
    </message>
</context>
<context>
    <name>PullTimelineWidget</name>
    <message>
        <source>Pull timeline</source>
        <translation>Pull-Zeitleiste</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>Container</translation>
    </message>
    <message>
        <source>Run the simulation to see every pull attempt and back-off window here.</source>
        <translation>Führen Sie die Simulation aus, um hier jeden Pull-Versuch und jedes Back-off-Fenster zu sehen.</translation>
    </message>
    <message>
        <source>Pulling</source>
        <translation>Wird gezogen</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation>Gezogen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Back-off</source>
        <translation>Back-off-Wartezeit</translation>
    </message>
    <message>
        <source>retry %1</source>
        <translation>Neuer Versuch %1</translation>
    </message>
    <message>
        <source>Back-off from %1 to %2</source>
        <translation>Back-off-Wartezeit von %1 bis %2</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
</context>
<context>
    <name>PullsPanel</name>
    <message>
        <source>Pull Image…</source>
        <translation>Image ziehen…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>Abgeschlossene entfernen</translation>
    </message>
    <message>
        <source>Pulls</source>
        <translation>Pull-Vorgänge</translation>
    </message>
    <message>
        <source>Stop the selected pull; what arrived is kept for a retry</source>
        <translation>Den ausgewählten Pull anhalten; bereits Empfangenes bleibt für einen neuen Versuch erhalten</translation>
    </message>
    <message>
        <source>Pull again with the same options, resuming partial downloads</source>
        <translation>Mit denselben Optionen erneut ziehen und unvollständige Downloads fortsetzen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No pulls yet. Pull an image with File &gt; Pull Image… (Ctrl+P) or the Pull… button of a tag.</source>
        <translation>Noch keine Pulls. Ziehen Sie ein Image mit Datei &gt; Image ziehen… (Strg+P) oder mit der Schaltfläche „Ziehen…“ eines Tags.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <extracomment>Summary of the pulls of this session; each part is a %n plural</extracomment>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n aktiv</numerusform>
            <numerusform>%n aktiv</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n fertig</numerusform>
            <numerusform>%n fertig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n fehlgeschlagen</numerusform>
            <numerusform>%n fehlgeschlagen</numerusform>
        </translation>
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
        <translation>Layer (gzip)</translation>
    </message>
    <message>
        <source>layer (zstd)</source>
        <translation>Layer (zstd)</translation>
    </message>
    <message>
        <source>layer (uncompressed)</source>
        <translation>Layer (unkomprimiert)</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>Layer</translation>
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
    <message>
        <source>auth file of registry &quot;%1&quot;</source>
        <extracomment>%1 is the name of a configured registry</extracomment>
        <translation>Auth-Datei der Registry „%1“</translation>
    </message>
    <message>
        <source>not used: this file is consulted for %1 only</source>
        <extracomment>%1 is a registry host</extracomment>
        <translation>nicht verwendet: diese Datei wird nur für %1 befragt</translation>
    </message>
    <message>
        <source>the helper was not asked (cancelled)</source>
        <translation>der Helper wurde nicht gefragt (abgebrochen)</translation>
    </message>
    <message>
        <source>credsStore of %1</source>
        <translation>credsStore von %1</translation>
    </message>
    <message>
        <source>credHelpers of %1</source>
        <translation>credHelpers von %1</translation>
    </message>
    <message>
        <source>%1 has no login for %2</source>
        <extracomment>%1 a helper program, %2 a registry host</extracomment>
        <translation>%1 hat keine Anmeldung für %2</translation>
    </message>
    <message>
        <source>not used: %1 comes first</source>
        <extracomment>%1 is a file path or a helper program</extracomment>
        <translation>nicht verwendet: %1 hat Vorrang</translation>
    </message>
    <message>
        <source>No such credential.</source>
        <translation>Diese Zugangsdaten gibt es nicht.</translation>
    </message>
    <message>
        <source>The secret is kept by %1; ask the helper for it.</source>
        <extracomment>%1 a helper program</extracomment>
        <translation>Das Geheimnis verwahrt %1; fragen Sie den Helper danach.</translation>
    </message>
    <message>
        <source>This entry has no secret.</source>
        <translation>Dieser Eintrag hat kein Geheimnis.</translation>
    </message>
    <message>
        <source>has a login for %1</source>
        <translation>hat eine Anmeldung für %1</translation>
    </message>
    <message>
        <source>Cannot verify %1: unsupported digest algorithm</source>
        <translation>%1 kann nicht geprüft werden: nicht unterstützter Digest-Algorithmus</translation>
    </message>
    <message>
        <source>Another download of %1 into this store is in progress</source>
        <translation>Ein anderer Download von %1 in diesen Speicher läuft bereits</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1: the registry sent more than the %2 bytes the manifest declares</source>
        <translation>%1: die Registry hat mehr als die %2 Bytes gesendet, die das Manifest angibt</translation>
    </message>
    <message>
        <source>Cannot truncate %1: %2</source>
        <translation>%1 kann nicht gekürzt werden: %2</translation>
    </message>
    <message>
        <source>%1 is incomplete: %2 of %3 bytes</source>
        <translation>%1 ist unvollständig: %2 von %3 Bytes</translation>
    </message>
    <message>
        <source>The blob %1 arrived with the digest %2: the bytes were changed in transit or by the registry; it was not stored</source>
        <translation>Der Blob %1 kam mit dem Digest %2 an: Die Bytes wurden unterwegs oder von der Registry verändert; er wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Cannot move %1 into the store</source>
        <translation>%1 kann nicht in den Speicher verschoben werden</translation>
    </message>
    <message>
        <source>Cannot create the image store at %1</source>
        <translation>Der Image-Speicher kann unter %1 nicht angelegt werden</translation>
    </message>
    <message>
        <source>%1 is not an OCI index (%2); the store was written by something else or damaged</source>
        <translation>%1 ist kein OCI-Index (%2); der Speicher wurde von etwas anderem geschrieben oder ist beschädigt</translation>
    </message>
    <message>
        <source>The store has no blob %1</source>
        <translation>Der Speicher enthält keinen Blob %1</translation>
    </message>
    <message>
        <source>The blob %1 is larger than expected</source>
        <translation>Der Blob %1 ist größer als erwartet</translation>
    </message>
    <message>
        <source>The stored blob %1 does not match its digest; run garbage collection and pull again</source>
        <translation>Der gespeicherte Blob %1 passt nicht zu seinem Digest; bereinigen Sie den Speicher und ziehen Sie erneut</translation>
    </message>
    <message>
        <source>The image store %1 is locked by another process</source>
        <translation>Der Image-Speicher %1 ist von einem anderen Prozess gesperrt</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>A transfer rate, %1 is a size such as &quot;4.5 MiB&quot;</extracomment>
        <translation>%1/Sek.</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>weniger als eine Sekunde</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Time left, in seconds
----------
A duration in seconds with one decimal</extracomment>
        <translation>%1 Sek.</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>Time left, minutes and seconds</extracomment>
        <translation>%1 Min. %2 Sek.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>Time left, hours and minutes</extracomment>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Bytes downloaded of the total, such as &quot;12.3 MiB of 40 MiB&quot;</extracomment>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Type a repository name</source>
        <translation>Repository-Namen eingeben</translation>
    </message>
    <message>
        <source>Pullscope has no network connection for registries.</source>
        <translation>Pullscope hat keine Netzwerkverbindung für Registrys.</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>nicht verfügbar</translation>
    </message>
    <message>
        <source>downloading %1 of %2</source>
        <translation>beim Herunterladen von %1 aus %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 bytes arrived; %4 (gave up after %n attempt(s))</source>
        <extracomment>%1 digest, %2 bytes received, %3 blob size, %4 the last error</extracomment>
        <translation>
            <numerusform>%1: %2 von %3 Bytes angekommen; %4 (aufgegeben nach %n Versuch)</numerusform>
            <numerusform>%1: %2 von %3 Bytes angekommen; %4 (aufgegeben nach %n Versuchen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1 (aufgegeben nach %n Versuch)</numerusform>
            <numerusform>%1 (aufgegeben nach %n Versuchen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nested indexes are not supported</source>
        <translation>%1: verschachtelte Indizes werden nicht unterstützt</translation>
    </message>
    <message>
        <source>Pulling %1 failed: %2</source>
        <translation>Ziehen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 is a single-platform image for %2, not %3</source>
        <translation>%1 ist ein Single-Plattform-Image für %2, nicht für %3</translation>
    </message>
    <message>
        <source>not a CredentialProviderConfig: the document is not a mapping</source>
        <translation>kein CredentialProviderConfig: Das Dokument ist keine Zuordnung (Mapping)</translation>
    </message>
    <message>
        <source>unable to read external registry credential provider configuration from %1: no such file or directory</source>
        <translation>die externe Credential-Provider-Konfiguration der Registry kann nicht aus %1 gelesen werden: Datei oder Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <source>no credential provider configuration files (*.json, *.yaml, *.yml) found in directory %1</source>
        <translation>im Verzeichnis %1 wurden keine Credential-Provider-Konfigurationsdateien (*.json, *.yaml, *.yml) gefunden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>invalid URL escape &quot;%1&quot;</source>
        <translation>ungültige URL-Maskierung „%1“</translation>
    </message>
    <message>
        <source>invalid character &quot;%1&quot; in host name</source>
        <translation>ungültiges Zeichen „%1“ im Hostnamen</translation>
    </message>
    <message>
        <source>invalid control character in URL</source>
        <translation>ungültiges Steuerzeichen in der URL</translation>
    </message>
    <message>
        <source>invalid userinfo</source>
        <translation>ungültige Benutzerangaben (userinfo)</translation>
    </message>
    <message>
        <source>missing &apos;]&apos; in host</source>
        <translation>fehlendes „]“ im Host</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot; after host</source>
        <translation>ungültiger Port „%1“ nach dem Host</translation>
    </message>
    <message>
        <source>no port</source>
        <translation>kein Port</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: %2</source>
        <translation>„%1“ ist keine gültige URL: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 but &quot;%3&quot; has %4</source>
        <translation>„%1“ hat %2, aber „%3“ hat %4</translation>
    </message>
    <message>
        <source>%1 host labels vs %2: &quot;%3&quot; vs &quot;%4&quot;</source>
        <translation>%1 Host-Labels gegenüber %2: „%3“ gegenüber „%4“</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; does not start with &quot;%2&quot;</source>
        <translation>der Pfad „%1“ beginnt nicht mit „%2“</translation>
    </message>
    <message>
        <source>host label pattern &quot;%1&quot; is malformed</source>
        <translation>das Host-Label-Muster „%1“ ist fehlerhaft</translation>
    </message>
    <message>
        <source>host label &quot;%1&quot; does not match &quot;%2&quot;</source>
        <translation>das Host-Label „%1“ passt nicht auf „%2“</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>ungültiges JSON bei Byte %1: %2</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; is neither %2 nor %3, so the kubelet ignores it</source>
        <translation>der Typ „%1“ ist weder %2 noch %3, daher ignoriert das Kubelet ihn</translation>
    </message>
    <message>
        <source> (it has a &quot;%1&quot; key: set type: %2)</source>
        <translation> (es hat einen Schlüssel „%1“: setzen Sie type: %2)</translation>
    </message>
    <message>
        <source>a %1 secret needs the key &quot;%2&quot;; it has %3</source>
        <translation>ein %1-Secret braucht den Schlüssel „%2“; es hat %3</translation>
    </message>
    <message>
        <source>no keys</source>
        <translation>keine Schlüssel</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; value is empty</source>
        <translation>der Wert „%1“ ist leer</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; JSON has no registries</source>
        <translation>das JSON „%1“ enthält keine Registrys</translation>
    </message>
    <message>
        <source>the legacy .dockercfg format has no &quot;auths&quot; wrapper: the kubelet reads &quot;auths&quot; as a registry name; use type %1 with key %2 for config.json content</source>
        <translation>das alte .dockercfg-Format hat keine „auths“-Hülle: Das Kubelet liest „auths“ als Registry-Namen; verwenden Sie den Typ %1 mit dem Schlüssel %2 für config.json-Inhalte</translation>
    </message>
    <message>
        <source>its JSON has no &quot;auths&quot; object (this looks like legacy .dockercfg content: wrap it in {&quot;auths&quot;: ...} or use type %1 with key %2)</source>
        <translation>sein JSON hat kein „auths“-Objekt (es sieht nach altem .dockercfg-Inhalt aus: umschließen Sie ihn mit {&quot;auths&quot;: ...} oder verwenden Sie den Typ %1 mit dem Schlüssel %2)</translation>
    </message>
    <message>
        <source>its JSON has no &quot;auths&quot; object, so it gives no credentials</source>
        <translation>sein JSON hat kein „auths“-Objekt und liefert daher keine Zugangsdaten</translation>
    </message>
    <message>
        <source>its &quot;auths&quot; object is empty</source>
        <translation>sein „auths“-Objekt ist leer</translation>
    </message>
    <message>
        <source>%1: not found</source>
        <translation>%1: nicht gefunden</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: used (%n credential(s))</source>
        <translation>
            <numerusform>%1: verwendet (%n Zugangsdatensatz)</numerusform>
            <numerusform>%1: verwendet (%n Zugangsdatensätze)</numerusform>
        </translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>the token is opaque (not a JWT); its scope cannot be read</source>
        <translation>das Token ist opak (kein JWT); sein Geltungsbereich lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>asked for %1, the token grants nothing</source>
        <extracomment>%1 the scope asked for</extracomment>
        <translation>%1 angefragt, das Token gewährt nichts</translation>
    </message>
    <message>
        <source>asked for %1, the token grants %2</source>
        <translation>%1 angefragt, das Token gewährt %2</translation>
    </message>
    <message>
        <source>let in</source>
        <translation>zugelassen</translation>
    </message>
    <message>
        <source>refused: the registry answered %1 Unauthorized to a request without credentials</source>
        <translation>abgelehnt: Die Registry hat eine Anfrage ohne Zugangsdaten mit %1 Unauthorized beantwortet</translation>
    </message>
    <message>
        <source>%1 may pull %2</source>
        <translation>%1 darf %2 ziehen</translation>
    </message>
    <message>
        <source>anonymous pulls of %1 are allowed</source>
        <translation>anonyme Pulls von %1 sind erlaubt</translation>
    </message>
    <message>
        <source>the kubelet tries the refused credentials first on every pull</source>
        <translation>das Kubelet versucht bei jedem Pull zuerst die abgelehnten Zugangsdaten</translation>
    </message>
    <message>
        <source>the registry refuses anonymous pulls of %1 and no pull secret applies</source>
        <translation>die Registry lehnt anonyme Pulls von %1 ab, und kein Pull-Secret greift</translation>
    </message>
    <message>
        <source>every credential the kubelet tries is refused; an anonymous pull would work, but the kubelet never falls back to one</source>
        <translation>alle Zugangsdaten, die das Kubelet versucht, werden abgelehnt; ein anonymer Pull würde funktionieren, aber das Kubelet greift nie darauf zurück</translation>
    </message>
    <message>
        <source>every credential the kubelet tries for %1 is refused</source>
        <translation>alle Zugangsdaten, die das Kubelet für %1 versucht, werden abgelehnt</translation>
    </message>
    <message>
        <source>no anonymous fallback once a credential matched (kuberuntime_image.go PullImage)</source>
        <translation>kein anonymer Rückgriff, sobald Zugangsdaten gepasst haben (kuberuntime_image.go PullImage)</translation>
    </message>
    <message numerus="yes">
        <source>%n blob(s) present, %1 in all</source>
        <extracomment>%n blobs, %1 their total size</extracomment>
        <translation>
            <numerusform>%n Blob vorhanden, insgesamt %1</numerusform>
            <numerusform>%n Blobs vorhanden, insgesamt %1</numerusform>
        </translation>
    </message>
    <message>
        <source>config</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <source>layer %1/%2</source>
        <translation>Layer %1/%2</translation>
    </message>
    <message>
        <source>checking the %1 blob %2</source>
        <extracomment>%1 &quot;config&quot; or &quot;layer 1/3&quot;, %2 the digest</extracomment>
        <translation>beim Prüfen des Blobs %2 (%1)</translation>
    </message>
    <message>
        <source>The registry lists the image but lost a blob it needs: push the image again.</source>
        <translation>Die Registry führt das Image, hat aber einen benötigten Blob verloren: Pushen Sie das Image erneut.</translation>
    </message>
    <message>
        <source>Make sure the node can download from the registry and any storage it redirects blob downloads to.</source>
        <translation>Stellen Sie sicher, dass der Knoten von der Registry herunterladen kann und von jedem Speicher, auf den sie Blob-Downloads umleitet.</translation>
    </message>
    <message>
        <source>Recreate secret %1 with kubectl, which writes valid .dockerconfigjson: %2</source>
        <extracomment>%1 the secret&apos;s name, %2 the parse error</extracomment>
        <translation>Erstellen Sie das Secret %1 mit kubectl neu, das gültiges .dockerconfigjson schreibt: %2</translation>
    </message>
    <message>
        <source>The registry refuses user &quot;%2&quot; of secret %1: recreate the secret with the right password for %3.</source>
        <extracomment>%1 secret name, %2 user name, %3 registry</extracomment>
        <translation>Die Registry lehnt den Benutzer „%2“ aus dem Secret %1 ab: Erstellen Sie das Secret mit dem richtigen Passwort für %3 neu.</translation>
    </message>
    <message>
        <source>The image is public, so removing the secret from the pod also works: the kubelet never falls back to anonymous once a credential matched.</source>
        <translation>Das Image ist öffentlich, daher hilft es auch, das Secret aus dem Pod zu entfernen: Das Kubelet greift nie auf anonym zurück, sobald Zugangsdaten gepasst haben.</translation>
    </message>
    <message>
        <source>The registry refuses %1: correct the credentials for %2 there.</source>
        <extracomment>%1 where the credential is, %2 registry</extracomment>
        <translation>Die Registry lehnt %1 ab: Korrigieren Sie dort die Zugangsdaten für %2.</translation>
    </message>
    <message>
        <source>Secret %1 is ignored by the kubelet (%2): recreate it as a docker-registry secret for %3.</source>
        <extracomment>%1 secret name, %2 why the kubelet ignores it, %3 registry</extracomment>
        <translation>Das Secret %1 wird vom Kubelet ignoriert (%2): Erstellen Sie es als docker-registry-Secret für %3 neu.</translation>
    </message>
    <message>
        <source>Secret %1 holds credentials for %2, which do not match %3: recreate it with --docker-server=%4.</source>
        <extracomment>%1 secret name, %2 its keys, %3 registry</extracomment>
        <translation>Das Secret %1 enthält Zugangsdaten für %2, die nicht auf %3 passen: Erstellen Sie es mit --docker-server=%4 neu.</translation>
    </message>
    <message>
        <source>Create secret %1, which the pod names, with the credentials for %2.</source>
        <translation>Erstellen Sie das Secret %1, das der Pod nennt, mit den Zugangsdaten für %2.</translation>
    </message>
    <message>
        <source>Create a pull secret for %1, then list it in the pod&apos;s imagePullSecrets (the YAML fix) or in ServiceAccount %2&apos;s, which pods created afterwards receive.</source>
        <translation>Erstellen Sie ein Pull-Secret für %1 und tragen Sie es in die imagePullSecrets des Pods ein (die YAML-Korrektur) oder in die des ServiceAccounts %2, die später erstellte Pods erhalten.</translation>
    </message>
    <message>
        <source>Create a pull secret for %1 and add it to the pod&apos;s imagePullSecrets.</source>
        <translation>Erstellen Sie ein Pull-Secret für %1 und fügen Sie es den imagePullSecrets des Pods hinzu.</translation>
    </message>
    <message>
        <source>key %1 of %2 (user %3)</source>
        <translation>Schlüssel %1 von %2 (Benutzer %3)</translation>
    </message>
    <message>
        <source>%1 matches %2</source>
        <translation>%1 passt auf %2</translation>
    </message>
    <message>
        <source>%1 does not match %2: %3</source>
        <translation>%1 passt nicht auf %2: %3</translation>
    </message>
    <message>
        <source>the pod lists imagePullSecrets: %1</source>
        <translation>der Pod nennt imagePullSecrets: %1</translation>
    </message>
    <message>
        <source>ServiceAccount %1&apos;s imagePullSecrets (%2) are not added: the pod lists its own, and injection is all or nothing</source>
        <translation>die imagePullSecrets des ServiceAccounts %1 (%2) werden nicht hinzugefügt: Der Pod nennt eigene, und die Übernahme gilt ganz oder gar nicht</translation>
    </message>
    <message>
        <source>the pod lists no imagePullSecrets and ServiceAccount admission is off on this cluster</source>
        <translation>der Pod nennt keine imagePullSecrets, und die ServiceAccount-Admission ist in diesem Cluster aus</translation>
    </message>
    <message>
        <source>the pod lists no imagePullSecrets; ServiceAccount %1 is not in the files, so any secrets it would add are unknown</source>
        <translation>der Pod nennt keine imagePullSecrets; der ServiceAccount %1 ist nicht in den Dateien, daher sind Secrets, die er hinzufügen würde, unbekannt</translation>
    </message>
    <message>
        <source>the pod lists no imagePullSecrets and ServiceAccount %1 has none</source>
        <translation>der Pod nennt keine imagePullSecrets, und der ServiceAccount %1 hat keine</translation>
    </message>
    <message>
        <source>the pod lists no imagePullSecrets, so ServiceAccount admission copies %1&apos;s: %2</source>
        <translation>der Pod nennt keine imagePullSecrets, daher kopiert die ServiceAccount-Admission die von %1: %2</translation>
    </message>
    <message>
        <source>secret %1 is not in the files: the kubelet skips it and pulls with the others (Warning FailedToRetrieveImagePullSecret)</source>
        <translation>das Secret %1 ist nicht in den Dateien: Das Kubelet überspringt es und zieht mit den anderen (Warning FailedToRetrieveImagePullSecret)</translation>
    </message>
    <message>
        <source>a secret of that name is in namespace %1, but pull secrets must be in the pod&apos;s namespace</source>
        <translation>ein Secret dieses Namens liegt im Namespace %1, aber Pull-Secrets müssen im Namespace des Pods liegen</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>secret %1 (%2): type %3, keys %4</source>
        <extracomment>%1 the secret, %2 its type, %3 its data keys</extracomment>
        <translation>Secret %1 (%2): Typ %3, Schlüssel %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>✗ it does not parse: %1; the kubelet&apos;s credential lookup fails for every image of the pod</source>
        <translation>✗ lässt sich nicht parsen: %1; die Zugangsdatensuche des Kubelets schlägt für jedes Image des Pods fehl</translation>
    </message>
    <message>
        <source>ignored by the kubelet: %1</source>
        <translation>vom Kubelet ignoriert: %1</translation>
    </message>
    <message>
        <source>entry %1 is skipped: %2</source>
        <translation>Eintrag %1 wird übersprungen: %2</translation>
    </message>
    <message>
        <source>%1: not readable (%2)</source>
        <translation>%1: nicht lesbar (%2)</translation>
    </message>
    <message>
        <source>%1: skipped: %2</source>
        <translation>%1: übersprungen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n credential(s)</source>
        <translation>
            <numerusform>%1: %n Zugangsdatensatz</numerusform>
            <numerusform>%1: %n Zugangsdatensätze</numerusform>
        </translation>
    </message>
    <message>
        <source>the node has no docker config file</source>
        <translation>der Knoten hat keine Docker-Konfigurationsdatei</translation>
    </message>
    <message>
        <source>credential provider config: %1</source>
        <translation>Credential-Provider-Konfiguration: %1</translation>
    </message>
    <message>
        <source>%1 (matchImages %2) runs for this image; its credentials are tried after the ones above, and the diagnosis does not run it</source>
        <extracomment>%1 &apos;provider &quot;name&quot;&apos;, %2 its matchImages</extracomment>
        <translation>%1 (matchImages %2) läuft für dieses Image; seine Zugangsdaten werden nach den obigen versucht, und die Diagnose führt es nicht aus</translation>
    </message>
    <message>
        <source>%1 does not run for %2: %3</source>
        <translation>%1 läuft nicht für %2: %3</translation>
    </message>
    <message>
        <source>the Docker Hub fallback: no key matched and %1 is a Docker Hub image</source>
        <translation>der Docker-Hub-Rückgriff: Kein Schlüssel hat gepasst, und %1 ist ein Docker-Hub-Image</translation>
    </message>
    <message>
        <source>key %1 matches</source>
        <translation>Schlüssel %1 passt</translation>
    </message>
    <message>
        <source>%1 applies through the Docker Hub fallback (key %2)</source>
        <translation>%1 greift über den Docker-Hub-Rückgriff (Schlüssel %2)</translation>
    </message>
    <message>
        <source>no credential applies: the kubelet pulls anonymously</source>
        <translation>keine Zugangsdaten greifen: Das Kubelet zieht anonym</translation>
    </message>
    <message>
        <source>no secret or node file credential applies: the plugins&apos; answer decides, anonymous when it is empty</source>
        <translation>keine Zugangsdaten aus Secrets oder der Knotendatei greifen: Die Antwort der Plugins entscheidet, anonym, wenn sie leer ist</translation>
    </message>
    <message>
        <source>tried in this order: %1</source>
        <translation>in dieser Reihenfolge versucht: %1</translation>
    </message>
    <message>
        <source>once a credential matched there is no anonymous fallback</source>
        <translation>sobald Zugangsdaten gepasst haben, gibt es keinen anonymen Rückgriff</translation>
    </message>
    <message>
        <source>a pull secret does not parse, so the kubelet&apos;s credential lookup fails</source>
        <translation>ein Pull-Secret lässt sich nicht parsen, daher schlägt die Zugangsdatensuche des Kubelets fehl</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>fehlt: %1</translation>
    </message>
    <message>
        <source>ignored: %1</source>
        <translation>ignoriert: %1</translation>
    </message>
    <message>
        <source>no key matches %1</source>
        <translation>kein Schlüssel passt auf %1</translation>
    </message>
    <message>
        <source>%1; the pull goes %2</source>
        <translation>%1; der Pull erfolgt %2</translation>
    </message>
    <message>
        <source>out anonymously</source>
        <translation>anonym</translation>
    </message>
    <message>
        <source>out with the rest</source>
        <translation>mit den übrigen Zugangsdaten</translation>
    </message>
    <message>
        <source>none: the pull is anonymous</source>
        <translation>keine: Der Pull ist anonym</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) will be tried</source>
        <translation>
            <numerusform>%n Zugangsdatensatz wird versucht</numerusform>
            <numerusform>%n Zugangsdatensätze werden versucht</numerusform>
        </translation>
    </message>
    <message>
        <source>The image reference parses</source>
        <translation>Die Image-Referenz lässt sich parsen</translation>
    </message>
    <message>
        <source>The pull policy</source>
        <translation>Die Pull-Policy</translation>
    </message>
    <message>
        <source>The image on the node</source>
        <translation>Das Image auf dem Knoten</translation>
    </message>
    <message>
        <source>The credentials that apply</source>
        <translation>Die geltenden Zugangsdaten</translation>
    </message>
    <message>
        <source>The registry is reachable</source>
        <translation>Die Registry ist erreichbar</translation>
    </message>
    <message>
        <source>The registry lets this pod pull</source>
        <translation>Die Registry lässt diesen Pod ziehen</translation>
    </message>
    <message>
        <source>The tag exists</source>
        <translation>Das Tag existiert</translation>
    </message>
    <message>
        <source>The image has the node&apos;s platform</source>
        <translation>Das Image hat die Plattform des Knotens</translation>
    </message>
    <message>
        <source>The layers can be fetched</source>
        <translation>Die Layer lassen sich abrufen</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; of a plugin&apos;s answer matches</source>
        <translation>Schlüssel „%1“ aus der Antwort eines Plugins passt</translation>
    </message>
    <message>
        <source>%1 key &quot;%2&quot; (user &quot;%3&quot;) applies</source>
        <translation>%1 Schlüssel „%2“ (Benutzer „%3“) greift</translation>
    </message>
    <message>
        <source>%1 failed, so it adds nothing: %2</source>
        <translation>%1 ist fehlgeschlagen und trägt daher nichts bei: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 answered with %n credential(s)</source>
        <translation>
            <numerusform>%1 hat mit %n Zugangsdatensatz geantwortet</numerusform>
            <numerusform>%1 hat mit %n Zugangsdatensätzen geantwortet</numerusform>
        </translation>
    </message>
    <message>
        <source>not needed: the kubelet does not contact the registry (%1)</source>
        <translation>nicht nötig: Das Kubelet kontaktiert die Registry nicht (%1)</translation>
    </message>
    <message>
        <source>Use a tag that exists: %1 is the nearest (of %2).</source>
        <extracomment>%1 the nearest tag, %2 all suggested tags</extracomment>
        <translation>Verwenden Sie ein vorhandenes Tag: %1 ist das nächstliegende (von %2).</translation>
    </message>
    <message>
        <source>Check the repository and tag: the registry has no %1.</source>
        <translation>Prüfen Sie Repository und Tag: Die Registry hat kein %1.</translation>
    </message>
    <message>
        <source>not reached: &quot;%1&quot; failed</source>
        <extracomment>%1 the title of the step that failed</extracomment>
        <translation>nicht erreicht: „%1“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>not needed: the kubelet does not contact the registry</source>
        <translation>nicht nötig: Das Kubelet kontaktiert die Registry nicht</translation>
    </message>
    <message>
        <source>the diagnosis was cancelled</source>
        <translation>die Diagnose wurde abgebrochen</translation>
    </message>
    <message>
        <source>no Pod or workload with a pod template found</source>
        <translation>kein Pod und keine Workload mit Pod-Vorlage gefunden</translation>
    </message>
    <message>
        <source>several pods found (%1): choose one with --pod</source>
        <extracomment>%1 the objects, comma-separated</extracomment>
        <translation>mehrere Pods gefunden (%1): Wählen Sie einen mit --pod</translation>
    </message>
    <message>
        <source>no pod named &quot;%1&quot;; found %2</source>
        <extracomment>%1 the name asked for, %2 the objects found</extracomment>
        <translation>kein Pod namens „%1“; gefunden: %2</translation>
    </message>
    <message>
        <source>%1 has no containers</source>
        <translation>%1 hat keine Container</translation>
    </message>
    <message>
        <source>%1 has no container &quot;%2&quot;; it has %3</source>
        <translation>%1 hat keinen Container „%2“; es hat %3</translation>
    </message>
    <message>
        <source>The digest exists</source>
        <translation>Der Digest existiert</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <extracomment>%1 the reference, %2 its digest</extracomment>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <source>media type: %1 (%2)</source>
        <translation>Medientyp: %1 (%2)</translation>
    </message>
    <message>
        <source>the tags could not be listed: %1</source>
        <translation>die Tags konnten nicht aufgelistet werden: %1</translation>
    </message>
    <message>
        <source>the repository has no tags</source>
        <translation>das Repository hat keine Tags</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) in %1</source>
        <extracomment>%n how many tags, %1 the repository</extracomment>
        <translation>
            <numerusform>%n Tag in %1</numerusform>
            <numerusform>%n Tags in %1</numerusform>
        </translation>
    </message>
    <message>
        <source>nearest existing tags: %1</source>
        <extracomment>%1 comma-separated tags</extracomment>
        <translation>nächstliegende vorhandene Tags: %1</translation>
    </message>
    <message>
        <source>the index offers %1</source>
        <extracomment>%1 comma-separated platforms</extracomment>
        <translation>der Index bietet %1</translation>
    </message>
    <message>
        <source>the node (%1) runs %2, %3</source>
        <extracomment>%1 the node&apos;s platform, %2 the chosen entry&apos;s platform, %3 its digest</extracomment>
        <translation>der Knoten (%1) führt %2 aus, %3</translation>
    </message>
    <message>
        <source>(no platform)</source>
        <translation>(keine Plattform)</translation>
    </message>
    <message>
        <source>the index entry for the node is not an image manifest</source>
        <translation>der Index-Eintrag für den Knoten ist kein Image-Manifest</translation>
    </message>
    <message>
        <source>a single-platform image for %1</source>
        <translation>ein Einzelplattform-Image für %1</translation>
    </message>
    <message>
        <source>%1 is built for %2 only; the node is %3</source>
        <translation>%1 ist nur für %2 gebaut; der Knoten ist %3</translation>
    </message>
    <message>
        <source>the node (%1) runs %2</source>
        <translation>der Knoten (%1) führt %2 aus</translation>
    </message>
    <message>
        <source>Run the pod on a node of a platform the image has (%2), for example with a nodeSelector on kubernetes.io/arch, or publish the image for %1.</source>
        <extracomment>%1 the node&apos;s platform, %2 the platforms the image has</extracomment>
        <translation>Führen Sie den Pod auf einem Knoten mit einer Plattform aus, die das Image hat (%2), etwa mit einem nodeSelector auf kubernetes.io/arch, oder veröffentlichen Sie das Image für %1.</translation>
    </message>
    <message>
        <source>Set the image to %1</source>
        <extracomment>%1 the new image reference</extracomment>
        <translation>Image auf %1 setzen</translation>
    </message>
    <message>
        <source>Set imagePullPolicy to %1</source>
        <extracomment>%1 Always, IfNotPresent or Never</extracomment>
        <translation>imagePullPolicy auf %1 setzen</translation>
    </message>
    <message>
        <source>Add %1 to imagePullSecrets</source>
        <extracomment>%1 the secret&apos;s name</extracomment>
        <translation>%1 zu imagePullSecrets hinzufügen</translation>
    </message>
    <message>
        <source>written at %1; the API server rejects the object</source>
        <translation>geschrieben bei %1; der API-Server lehnt das Objekt ab</translation>
    </message>
    <message>
        <source>Write imagePullPolicy as Always, IfNotPresent or Never.</source>
        <translation>Schreiben Sie imagePullPolicy als Always, IfNotPresent oder Never.</translation>
    </message>
    <message>
        <source>%1, as written</source>
        <extracomment>%1 the policy, %2 file:line</extracomment>
        <translation>%1, wie geschrieben</translation>
    </message>
    <message>
        <source>imagePullPolicy: %1 at %2</source>
        <translation>imagePullPolicy: %1 bei %2</translation>
    </message>
    <message>
        <source>the image does not parse, so the default is IfNotPresent</source>
        <translation>das Image lässt sich nicht parsen, daher ist der Standard IfNotPresent</translation>
    </message>
    <message>
        <source>no tag or digest means the tag &quot;latest&quot;, and &quot;latest&quot; means Always</source>
        <translation>kein Tag und kein Digest bedeutet das Tag „latest“, und „latest“ bedeutet Always</translation>
    </message>
    <message>
        <source>the tag is &quot;latest&quot;</source>
        <translation>das Tag ist „latest“</translation>
    </message>
    <message>
        <source>pinned by digest, no tag</source>
        <translation>per Digest fixiert, ohne Tag</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; is not &quot;latest&quot;</source>
        <translation>das Tag „%1“ ist nicht „latest“</translation>
    </message>
    <message>
        <source>%1, defaulted by the API server: %2</source>
        <extracomment>%1 the policy, %2 the reason</extracomment>
        <translation>%1, vom API-Server vorbelegt: %2</translation>
    </message>
    <message>
        <source>imagePullPolicy is not written; SetDefaults_Container fills it in when the object is created</source>
        <translation>imagePullPolicy ist nicht angegeben; SetDefaults_Container füllt es beim Anlegen des Objekts aus</translation>
    </message>
    <message>
        <source>the AlwaysPullImages admission plugin changes %1 to Always</source>
        <translation>das Admission-Plugin AlwaysPullImages ändert %1 in Always</translation>
    </message>
    <message>
        <source>Always, forced by the AlwaysPullImages admission plugin</source>
        <translation>Always, erzwungen durch das Admission-Plugin AlwaysPullImages</translation>
    </message>
    <message>
        <source>Always: the kubelet pulls on every container start, even when the image is on the node</source>
        <translation>Always: Das Kubelet zieht bei jedem Containerstart, auch wenn das Image auf dem Knoten liegt</translation>
    </message>
    <message>
        <source>IfNotPresent: the kubelet pulls only when the image is not on the node</source>
        <translation>IfNotPresent: Das Kubelet zieht nur, wenn das Image nicht auf dem Knoten liegt</translation>
    </message>
    <message>
        <source>Never: the kubelet never pulls; the image must be on the node</source>
        <translation>Never: Das Kubelet zieht nie; das Image muss auf dem Knoten liegen</translation>
    </message>
    <message>
        <source>the node profile names no image store: no image is present</source>
        <translation>das Knotenprofil nennt keinen Image-Speicher: Kein Image ist vorhanden</translation>
    </message>
    <message>
        <source>the node&apos;s image store %1 is empty</source>
        <translation>der Image-Speicher %1 des Knotens ist leer</translation>
    </message>
    <message>
        <source>%1 is in the node&apos;s store %3 (%2)</source>
        <extracomment>%1 reference, %2 digest, %3 store folder</extracomment>
        <translation>%1 liegt im Speicher %3 des Knotens (%2)</translation>
    </message>
    <message>
        <source>it was pulled by Pullscope (as the kubelet pulls)</source>
        <translation>es wurde von Pullscope gezogen (so wie das Kubelet zieht)</translation>
    </message>
    <message>
        <source>it was preloaded (not pulled by the kubelet)</source>
        <translation>es wurde vorgeladen (nicht vom Kubelet gezogen)</translation>
    </message>
    <message>
        <source>%1 is not in the node&apos;s store %2</source>
        <translation>%1 liegt nicht im Speicher %2 des Knotens</translation>
    </message>
    <message>
        <source>not consulted: Always pulls whether the image is present or not</source>
        <translation>nicht befragt: Always zieht, ob das Image vorhanden ist oder nicht</translation>
    </message>
    <message>
        <source>Repair or remove the node&apos;s image store %1.</source>
        <translation>Reparieren oder entfernen Sie den Image-Speicher %1 des Knotens.</translation>
    </message>
    <message>
        <source>KubeletEnsureSecretPulledImages is on (policy %1): this pod must prove it may pull the image, unless its credentials match those recorded at the pull</source>
        <translation>KubeletEnsureSecretPulledImages ist an (Policy %1): Dieser Pod muss nachweisen, dass er das Image ziehen darf, es sei denn, seine Zugangsdaten entsprechen denen, die beim Pull erfasst wurden</translation>
    </message>
    <message>
        <source>KubeletEnsureSecretPulledImages is on, but policy %1 does not verify this image</source>
        <translation>KubeletEnsureSecretPulledImages ist an, aber die Policy %1 prüft dieses Image nicht</translation>
    </message>
    <message>
        <source>Let the kubelet pull it (imagePullPolicy: IfNotPresent), or load the image onto the node first.</source>
        <translation>Lassen Sie das Kubelet es ziehen (imagePullPolicy: IfNotPresent), oder laden Sie das Image zuerst auf den Knoten.</translation>
    </message>
    <message>
        <source>present, but ErrImageNeverPull unless this pod&apos;s credentials match those the image was pulled with</source>
        <translation>vorhanden, aber ErrImageNeverPull, es sei denn, die Zugangsdaten dieses Pods entsprechen denen, mit denen das Image gezogen wurde</translation>
    </message>
    <message>
        <source>not present: the kubelet pulls it</source>
        <translation>nicht vorhanden: Das Kubelet zieht es</translation>
    </message>
    <message>
        <source>present, but the kubelet pulls again with this pod&apos;s credentials to verify them</source>
        <translation>vorhanden, aber das Kubelet zieht erneut mit den Zugangsdaten dieses Pods, um sie zu prüfen</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; from %2 (key &quot;%3&quot;)</source>
        <extracomment>%1 user name, %2 where the credential is (a secret, a node file), %3 the keyring key</extracomment>
        <translation>Benutzer „%1“ aus %2 (Schlüssel „%3“)</translation>
    </message>
    <message>
        <source>%1 is served by %2</source>
        <extracomment>%1 the reference&apos;s registry (docker.io), %2 the host actually contacted</extracomment>
        <translation>%1 wird von %2 bedient</translation>
    </message>
    <message>
        <source>TLS: certificate verification is off for %1</source>
        <translation>TLS: Die Zertifikatsprüfung ist für %1 aus</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS: %1</translation>
    </message>
    <message>
        <source>TLS: the system&apos;s trusted CAs (no extra CA file for %1)</source>
        <translation>TLS: die vertrauenswürdigen CAs des Systems (keine zusätzliche CA-Datei für %1)</translation>
    </message>
    <message>
        <source>TLS: the system&apos;s trusted CAs plus %1</source>
        <extracomment>%1 CA files, comma-separated</extracomment>
        <translation>TLS: die vertrauenswürdigen CAs des Systems plus %1</translation>
    </message>
    <message>
        <source>certs.d folders consulted: %1</source>
        <translation>befragte certs.d-Ordner: %1</translation>
    </message>
    <message>
        <source>client certificate: %1</source>
        <translation>Client-Zertifikat: %1</translation>
    </message>
    <message>
        <source>error class: %1</source>
        <translation>Fehlerklasse: %1</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <extracomment>%1 URL of the registry API root</extracomment>
        <translation>%1 hat geantwortet</translation>
    </message>
    <message>
        <source>plain HTTP: allowed for loopback registries and those marked insecure</source>
        <translation>reines HTTP: erlaubt für Loopback-Registrys und als unsicher markierte</translation>
    </message>
    <message>
        <source>asks for a bearer token from %1 (service &quot;%2&quot;)</source>
        <extracomment>%1 token server URL, %2 service name</extracomment>
        <translation>verlangt ein Bearer-Token von %1 (Dienst „%2“)</translation>
    </message>
    <message>
        <source>asks for HTTP Basic authentication</source>
        <translation>verlangt HTTP-Basic-Authentifizierung</translation>
    </message>
    <message>
        <source>asks for no authentication</source>
        <translation>verlangt keine Authentifizierung</translation>
    </message>
    <message>
        <source>Make %1 resolvable from the node (its DNS servers in /etc/resolv.conf), or correct the registry name in the image.</source>
        <translation>Machen Sie %1 vom Knoten aus auflösbar (seine DNS-Server in /etc/resolv.conf), oder korrigieren Sie den Registry-Namen im Image.</translation>
    </message>
    <message>
        <source>Give the node&apos;s container runtime the CA that signed %1&apos;s certificate (or fix the certificate).</source>
        <translation>Geben Sie der Container-Runtime des Knotens die CA, die das Zertifikat von %1 signiert hat (oder korrigieren Sie das Zertifikat).</translation>
    </message>
    <message>
        <source>Make %1 reachable from the node: the registry must be running and no firewall or proxy (HTTPS_PROXY / NO_PROXY of the container runtime&apos;s service) may stand in the way.</source>
        <translation>Machen Sie %1 vom Knoten aus erreichbar: Die Registry muss laufen, und keine Firewall und kein Proxy (HTTPS_PROXY / NO_PROXY des Dienstes der Container-Runtime) darf im Weg stehen.</translation>
    </message>
    <message>
        <source>image: %1 (%2)</source>
        <translation>Image: %1 (%2)</translation>
    </message>
    <message>
        <source>the API server rejects a container without an image</source>
        <translation>der API-Server lehnt einen Container ohne Image ab</translation>
    </message>
    <message>
        <source>Write the image to run, [registry/]repository[:tag][@digest].</source>
        <translation>Geben Sie das auszuführende Image an, [registry/]repository[:tag][@digest].</translation>
    </message>
    <message>
        <source>the API server accepts any non-empty image; the kubelet rejects it on every sync, without backoff</source>
        <translation>der API-Server akzeptiert jedes nicht leere Image; das Kubelet lehnt es bei jeder Synchronisierung ab, ohne Back-off</translation>
    </message>
    <message>
        <source>Write the image as %1.</source>
        <extracomment>%1 a corrected image reference</extracomment>
        <translation>Schreiben Sie das Image als %1.</translation>
    </message>
    <message>
        <source>Write the image as [registry/]repository[:tag][@digest]: a lower-case repository, no scheme, a tag of letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>Schreiben Sie das Image als [registry/]repository[:tag][@digest]: ein Repository in Kleinbuchstaben, kein Schema, ein Tag aus Buchstaben, Ziffern, „_“, „.“ und „-“.</translation>
    </message>
    <message>
        <source>no tag or digest: the kubelet asks the runtime for %1</source>
        <translation>kein Tag und kein Digest: Das Kubelet fragt die Runtime nach %1</translation>
    </message>
    <message>
        <source>tag and digest: the runtime pulls by the digest, the tag is only a label</source>
        <translation>Tag und Digest: Die Runtime zieht per Digest, das Tag ist nur eine Beschriftung</translation>
    </message>
    <message>
        <source>credentials are looked up for %1 (the repository without tag or digest)</source>
        <extracomment>%1 the normalized repository</extracomment>
        <translation>Zugangsdaten werden für %1 gesucht (das Repository ohne Tag oder Digest)</translation>
    </message>
    <message>
        <source>%1 (init)</source>
        <extracomment>A container in the form view; %1 is its name</extracomment>
        <translation>%1 (Init)</translation>
    </message>
    <message>
        <source>%1 (ephemeral)</source>
        <extracomment>A container in the form view; %1 is its name</extracomment>
        <translation>%1 (kurzlebig)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>Pull policy not written in the file; %1 is what the API server fills in</extracomment>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Object</source>
        <extracomment>Column of the containers table: the Kubernetes object, such as Deployment/api
----------
Column of the Problems list: the Kubernetes object, such as Pod/web</extracomment>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>Container</source>
        <extracomment>Column of the containers table</extracomment>
        <translation>Container</translation>
    </message>
    <message>
        <source>Image</source>
        <extracomment>Column of the containers table</extracomment>
        <translation>Image-Referenz</translation>
    </message>
    <message>
        <source>Pull Policy</source>
        <extracomment>Column of the containers table: imagePullPolicy</extracomment>
        <translation>Pull-Policy</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Problem</source>
        <extracomment>Column of the Problems list: what is wrong</extracomment>
        <translation>Problembeschreibung</translation>
    </message>
    <message>
        <source>Location</source>
        <extracomment>Column of the Problems list: file, line and column</extracomment>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Rule</source>
        <extracomment>Column of the Problems list: the lint rule&apos;s id</extracomment>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Pulls</source>
        <extracomment>Column: how many times the kubelet asked the runtime to pull</extracomment>
        <translation>Pull-Vorgänge</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>due</source>
        <extracomment>The backoff window has ended; the retry happens with the next pod sync</extracomment>
        <translation>fällig</translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>%1 is a duration such as 17s or 4m10s</extracomment>
        <translation>in %1</translation>
    </message>
    <message>
        <source>%1 (key %2)  user %3  password %4</source>
        <extracomment>%1 server as written, %2 kubelet keyring key, %3 user, %4 password or mask</extracomment>
        <translation>%1 (Schlüssel %2)  Benutzer %3  Passwort %4</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>  email %1</source>
        <translation>  E-Mail %1</translation>
    </message>
    <message>
        <source>Set imagePullPolicy: %1</source>
        <extracomment>%1 is Always, IfNotPresent or Never (not translated)</extracomment>
        <translation>imagePullPolicy: %1 setzen</translation>
    </message>
    <message>
        <source>Pin to the digest the registry serves now</source>
        <translation>Auf den Digest fixieren, den die Registry jetzt ausliefert</translation>
    </message>
    <message>
        <source>The kubelet cannot parse this image and the container will wait with InvalidImageName: %1</source>
        <extracomment>%1 is the kubelet&apos;s own (English) parse error; InvalidImageName is the container&apos;s waiting reason (not translated)</extracomment>
        <translation>Das Kubelet kann dieses Image nicht parsen, und der Container wartet mit InvalidImageName: %1</translation>
    </message>
    <message>
        <source>imagePullPolicy is Never: the kubelet never pulls %1, so the container starts only on nodes that already have it (ErrImageNeverPull elsewhere)</source>
        <extracomment>%1 is an image; ErrImageNeverPull is a kubelet reason (not translated)</extracomment>
        <translation>imagePullPolicy ist Never: Das Kubelet zieht %1 nie, daher startet der Container nur auf Knoten, die es bereits haben (anderswo ErrImageNeverPull)</translation>
    </message>
    <message>
        <source>%1 has both the tag latest and a digest: the API server looks at the tag only and defaults imagePullPolicy to Always, so every container start asks the registry</source>
        <extracomment>%1 is an image</extracomment>
        <translation>%1 hat sowohl das Tag latest als auch einen Digest: Der API-Server sieht nur auf das Tag und setzt imagePullPolicy standardmäßig auf Always, sodass jeder Containerstart die Registry fragt</translation>
    </message>
    <message>
        <source>%1 uses the tag latest: imagePullPolicy defaults to Always, so every container start asks the registry (and fails when it cannot be reached), and nodes may run different images</source>
        <translation>%1 verwendet das Tag latest: imagePullPolicy ist standardmäßig Always, sodass jeder Containerstart die Registry fragt (und fehlschlägt, wenn sie nicht erreichbar ist), und Knoten können unterschiedliche Images ausführen</translation>
    </message>
    <message>
        <source>%1 has no tag, so it means latest: imagePullPolicy defaults to Always, so every container start asks the registry (and fails when it cannot be reached), and nodes may run different images</source>
        <translation>%1 hat kein Tag und bedeutet daher latest: imagePullPolicy ist standardmäßig Always, sodass jeder Containerstart die Registry fragt (und fehlschlägt, wenn sie nicht erreichbar ist), und Knoten können unterschiedliche Images ausführen</translation>
    </message>
    <message>
        <source>%1 names the tag %2, which can be moved to other content; a digest pins exactly what runs</source>
        <extracomment>%1 is an image, %2 its tag</extracomment>
        <translation>%1 nennt das Tag %2, das auf andere Inhalte verschoben werden kann; ein Digest legt genau fest, was läuft</translation>
    </message>
    <message>
        <source>No node has kubernetes.io/arch=%1: nodes are labelled with Go&apos;s architecture names (amd64, arm64, arm, ...)</source>
        <translation>Kein Knoten hat kubernetes.io/arch=%1: Knoten tragen die Architekturnamen von Go (amd64, arm64, arm, ...)</translation>
    </message>
    <message>
        <source>No node has kubernetes.io/arch=%1: nodes are labelled with Go&apos;s architecture names; did you mean %2?</source>
        <translation>Kein Knoten hat kubernetes.io/arch=%1: Knoten tragen die Architekturnamen von Go; meinten Sie %2?</translation>
    </message>
    <message>
        <source>No node has kubernetes.io/os=%1: labels are case-sensitive; did you mean %2?</source>
        <translation>Kein Knoten hat kubernetes.io/os=%1: Labels unterscheiden Groß- und Kleinschreibung; meinten Sie %2?</translation>
    </message>
    <message>
        <source>No node has kubernetes.io/os=%1: nodes are labelled with Go&apos;s names (linux, windows)</source>
        <translation>Kein Knoten hat kubernetes.io/os=%1: Knoten tragen die Namen von Go (linux, windows)</translation>
    </message>
    <message>
        <source>The file is not valid YAML</source>
        <translation>Die Datei ist kein gültiges YAML</translation>
    </message>
    <message>
        <source>A container has no image</source>
        <translation>Ein Container hat kein Image</translation>
    </message>
    <message>
        <source>An image has leading or trailing white space</source>
        <translation>Ein Image hat Leerraum am Anfang oder Ende</translation>
    </message>
    <message>
        <source>A pull policy is not Always, IfNotPresent or Never</source>
        <translation>Eine Pull-Policy ist nicht Always, IfNotPresent oder Never</translation>
    </message>
    <message>
        <source>A Secret&apos;s data is not base64</source>
        <translation>Die Daten eines Secrets sind nicht base64</translation>
    </message>
    <message>
        <source>A docker config Secret lacks the key its type requires</source>
        <translation>Einem Docker-Config-Secret fehlt der Schlüssel, den sein Typ verlangt</translation>
    </message>
    <message>
        <source>A docker config Secret does not hold a JSON object</source>
        <translation>Ein Docker-Config-Secret enthält kein JSON-Objekt</translation>
    </message>
    <message>
        <source>A pull secret is not one its enforcing ServiceAccount allows</source>
        <translation>Ein Pull-Secret ist keines, das sein durchsetzender ServiceAccount erlaubt</translation>
    </message>
    <message>
        <source>The kubelet cannot parse an image name (InvalidImageName)</source>
        <translation>Das Kubelet kann einen Image-Namen nicht parsen (InvalidImageName)</translation>
    </message>
    <message>
        <source>No tag or the tag latest makes the pull policy Always</source>
        <translation>Kein Tag oder das Tag latest macht die Pull-Policy zu Always</translation>
    </message>
    <message>
        <source>A tag could be pinned by digest</source>
        <translation>Ein Tag könnte per Digest fixiert werden</translation>
    </message>
    <message>
        <source>imagePullPolicy Never: the image must already be on the node</source>
        <translation>imagePullPolicy Never: Das Image muss bereits auf dem Knoten liegen</translation>
    </message>
    <message>
        <source>A node selector names an architecture or OS no node reports</source>
        <translation>Ein Node-Selector nennt eine Architektur oder ein OS, das kein Knoten meldet</translation>
    </message>
    <message>
        <source>A pull secret is not in the workspace</source>
        <translation>Ein Pull-Secret ist nicht im Arbeitsbereich</translation>
    </message>
    <message>
        <source>A pull secret exists only in another namespace</source>
        <translation>Ein Pull-Secret existiert nur in einem anderen Namespace</translation>
    </message>
    <message>
        <source>A pull secret&apos;s type makes the kubelet ignore it</source>
        <translation>Der Typ eines Pull-Secrets lässt das Kubelet es ignorieren</translation>
    </message>
    <message>
        <source>A pull secret&apos;s content gives the kubelet no credentials</source>
        <translation>Der Inhalt eines Pull-Secrets liefert dem Kubelet keine Zugangsdaten</translation>
    </message>
    <message>
        <source>A pull secret&apos;s registry key never matches the image</source>
        <translation>Der Registry-Schlüssel eines Pull-Secrets passt nie auf das Image</translation>
    </message>
    <message>
        <source>registry-1.docker.io never matches Docker Hub images</source>
        <translation>registry-1.docker.io passt nie auf Docker-Hub-Images</translation>
    </message>
    <message>
        <source>A pod&apos;s own pull secrets hide its ServiceAccount&apos;s</source>
        <translation>Die eigenen Pull-Secrets eines Pods verdecken die seines ServiceAccounts</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <extracomment>%1 is the YAML parser&apos;s own (English) message</extracomment>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <extracomment>%1 is a file or folder name</extracomment>
        <translation>%1: Datei oder Ordner nicht gefunden</translation>
    </message>
    <message>
        <source>Create Secret &quot;%1&quot; in this file</source>
        <extracomment>%1 is a Secret name</extracomment>
        <translation>Secret „%1“ in dieser Datei anlegen</translation>
    </message>
    <message>
        <source>Create the Secret in a new file %1</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Das Secret in einer neuen Datei %1 anlegen</translation>
    </message>
    <message>
        <source>Secret &quot;%1&quot; is in namespace %2, not %3: pull secrets are read from the pod&apos;s own namespace, so the kubelet pulls without it</source>
        <extracomment>%1 a Secret name, %2 the namespace it is in, %3 the pod&apos;s namespace</extracomment>
        <translation>Secret „%1“ liegt im Namespace %2, nicht in %3: Pull-Secrets werden aus dem eigenen Namespace des Pods gelesen, daher zieht das Kubelet ohne es</translation>
    </message>
    <message>
        <source>Secret &quot;%1&quot; is not in the workspace (namespace %2); if it is not in the cluster either, the kubelet pulls without it</source>
        <extracomment>%1 a Secret name, %2 a namespace</extracomment>
        <translation>Secret „%1“ ist nicht im Arbeitsbereich (Namespace %2); wenn es auch nicht im Cluster ist, zieht das Kubelet ohne es</translation>
    </message>
    <message>
        <source>Secret &quot;%1&quot; (%3) has type %2: the kubelet ignores it for pulls; only kubernetes.io/dockerconfigjson and kubernetes.io/dockercfg secrets count</source>
        <extracomment>%1 a Secret name, %2 its type, %3 file:line of the Secret</extracomment>
        <translation>Secret „%1“ (%3) hat den Typ %2: Das Kubelet ignoriert es für Pulls; nur Secrets vom Typ kubernetes.io/dockerconfigjson und kubernetes.io/dockercfg zählen</translation>
    </message>
    <message>
        <source>Set the Secret&apos;s type to kubernetes.io/dockerconfigjson</source>
        <translation>Den Typ des Secrets auf kubernetes.io/dockerconfigjson setzen</translation>
    </message>
    <message>
        <source>Secret &quot;%1&quot; (%2) has no &quot;auths&quot; object in .dockerconfigjson: the kubelet finds no credentials in it and pulls without them</source>
        <extracomment>%1 a Secret name, %2 file:line of the Secret</extracomment>
        <translation>Secret „%1“ (%2) hat kein „auths“-Objekt in .dockerconfigjson: Das Kubelet findet darin keine Zugangsdaten und zieht ohne sie</translation>
    </message>
    <message>
        <source>Secret &quot;%1&quot; (%2) holds the legacy .dockercfg format under .dockerconfigjson (no &quot;auths&quot; wrapper): the kubelet finds no credentials in it; wrap the registries in {&quot;auths&quot;: ...} or use type kubernetes.io/dockercfg with the key .dockercfg</source>
        <translation>Secret „%1“ (%2) enthält das alte .dockercfg-Format unter .dockerconfigjson (ohne „auths“-Hülle): Das Kubelet findet darin keine Zugangsdaten; umschließen Sie die Registrys mit {&quot;auths&quot;: ...} oder verwenden Sie den Typ kubernetes.io/dockercfg mit dem Schlüssel .dockercfg</translation>
    </message>
    <message>
        <source>Secret &quot;%1&quot; (%2) has type kubernetes.io/dockercfg but holds a config.json (&quot;auths&quot;): the kubelet reads &quot;auths&quot; as a registry name; use type kubernetes.io/dockerconfigjson with the key .dockerconfigjson</source>
        <translation>Secret „%1“ (%2) hat den Typ kubernetes.io/dockercfg, enthält aber eine config.json („auths“): Das Kubelet liest „auths“ als Registry-Namen; verwenden Sie den Typ kubernetes.io/dockerconfigjson mit dem Schlüssel .dockerconfigjson</translation>
    </message>
    <message>
        <source>ServiceAccount admission rejects this pod: %1</source>
        <extracomment>%1 is the admission plugin&apos;s own (English) message</extracomment>
        <translation>Die ServiceAccount-Admission lehnt diesen Pod ab: %1</translation>
    </message>
    <message>
        <source>This pod lists its own imagePullSecrets, so it gets none of ServiceAccount &quot;%1&quot;&apos;s: %2</source>
        <extracomment>%1 a ServiceAccount name, %2 a list of Secret names</extracomment>
        <translation>Dieser Pod nennt eigene imagePullSecrets und erhält daher keine des ServiceAccounts „%1“: %2</translation>
    </message>
    <message>
        <source>Add the ServiceAccount&apos;s pull secrets to this pod</source>
        <translation>Die Pull-Secrets des ServiceAccounts zu diesem Pod hinzufügen</translation>
    </message>
    <message>
        <source>The key %1 in Secret &quot;%2&quot; never matches Docker Hub images (the kubelet looks up %3): write it as https://index.docker.io/v1/, as kubectl does</source>
        <extracomment>%1 a registry key, %2 a Secret name, %3 a repository</extracomment>
        <translation>Der Schlüssel %1 im Secret „%2“ passt nie auf Docker-Hub-Images (das Kubelet sucht %3): Schreiben Sie ihn als https://index.docker.io/v1/, wie kubectl es tut</translation>
    </message>
    <message>
        <source>The key %1 in Secret &quot;%2&quot; does not match %3, so the kubelet pulls it without credentials: %4</source>
        <extracomment>%1 a registry key, %2 a Secret name, %3 a repository, %4 why</extracomment>
        <translation>Der Schlüssel %1 im Secret „%2“ passt nicht auf %3, daher zieht das Kubelet es ohne Zugangsdaten: %4</translation>
    </message>
    <message>
        <source>The API server rejects this: %1</source>
        <extracomment>%1 is the API server&apos;s own (English) validation message, with the field path</extracomment>
        <translation>Der API-Server lehnt dies ab: %1</translation>
    </message>
    <message>
        <source>The API server accepts this template but rejects every Pod made from it: %1</source>
        <translation>Der API-Server akzeptiert diese Vorlage, lehnt aber jeden daraus erzeugten Pod ab: %1</translation>
    </message>
    <message>
        <source>%1 is not valid base64: %2</source>
        <extracomment>%1 is the field, %2 Go&apos;s base64 error text</extracomment>
        <translation>%1 ist kein gültiges base64: %2</translation>
    </message>
    <message>
        <source>unrecognized feature gate: %1</source>
        <translation>unbekanntes Feature-Gate: %1</translation>
    </message>
    <message>
        <source>cannot set feature gate %1 to false, feature is locked to true</source>
        <translation>Feature-Gate %1 kann nicht auf false gesetzt werden, das Feature ist auf true festgelegt</translation>
    </message>
    <message>
        <source>%1: a value of the wrong type</source>
        <extracomment>%1 is a field path such as kubeletConfig.registryPullQPS</extracomment>
        <translation>%1: ein Wert des falschen Typs</translation>
    </message>
    <message>
        <source>%1: expected a list of image patterns</source>
        <translation>%1: eine Liste von Image-Mustern erwartet</translation>
    </message>
    <message>
        <source>a KubeletConfiguration must be a YAML mapping</source>
        <translation>eine KubeletConfiguration muss eine YAML-Zuordnung (Mapping) sein</translation>
    </message>
    <message>
        <source>%1: expected a mapping</source>
        <translation>%1: Zuordnung (Mapping) erwartet</translation>
    </message>
    <message>
        <source>%1apiVersion: &quot;%2&quot; is not %3</source>
        <translation>%1apiVersion: „%2“ ist nicht %3</translation>
    </message>
    <message>
        <source>%1kind: &quot;%2&quot; is not %3</source>
        <translation>%1kind: „%2“ ist nicht %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3</source>
        <translation>%1: „%2“ ist keiner von %3</translation>
    </message>
    <message>
        <source>%1: expected a mapping of gate: bool</source>
        <translation>%1: Zuordnung Gate: bool erwartet</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1: true oder false erwartet</translation>
    </message>
    <message>
        <source>admission: expected a mapping</source>
        <translation>admission: Zuordnung (Mapping) erwartet</translation>
    </message>
    <message>
        <source>%1: unknown field</source>
        <translation>%1: unbekanntes Feld</translation>
    </message>
    <message>
        <source>kubeletConfigFile: cannot read %1: %2</source>
        <translation>kubeletConfigFile: %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>runtimeHandlers: expected a list of names</source>
        <translation>runtimeHandlers: eine Liste von Namen erwartet</translation>
    </message>
    <message>
        <source>%1: unknown field of a PullscopeNode</source>
        <translation>%1: unbekanntes Feld eines PullscopeNode</translation>
    </message>
    <message>
        <source>kubeletConfig: give either kubeletConfig or kubeletConfigFile, not both</source>
        <translation>kubeletConfig: Geben Sie entweder kubeletConfig oder kubeletConfigFile an, nicht beides</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kubernetes version such as 1.35</source>
        <extracomment>%1 is the version given</extracomment>
        <translation>„%1“ ist keine Kubernetes-Version wie 1.35</translation>
    </message>
    <message>
        <source>Kubernetes %1 is not simulated (1.%2 to 1.%3 are)</source>
        <translation>Kubernetes %1 wird nicht simuliert (simuliert werden 1.%2 bis 1.%3)</translation>
    </message>
    <message>
        <source>a node profile must be a YAML mapping</source>
        <translation>ein Knotenprofil muss eine YAML-Zuordnung (Mapping) sein</translation>
    </message>
    <message>
        <source>kind: expected %1 or KubeletConfiguration</source>
        <translation>kind: %1 oder KubeletConfiguration erwartet</translation>
    </message>
    <message>
        <source>apiVersion: expected %1</source>
        <translation>apiVersion: %1 erwartet</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to edit (more than 32 MiB).</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 ist zu groß zum Bearbeiten (mehr als 32 MiB).</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>The document has no file name yet.</source>
        <translation>Das Dokument hat noch keinen Dateinamen.</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <extracomment>%1 bytes received, %2 bytes announced</extracomment>
        <translation>die Verbindung wurde nach %1 von %2 Bytes geschlossen</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>user %1, named by context %2, does not exist</source>
        <extracomment>%1 the quoted user name, %2 the context</extracomment>
        <translation>Benutzer %1, den Kontext %2 nennt, existiert nicht</translation>
    </message>
    <message>
        <source>the certificate-authority %1 of cluster %2 cannot be read: %3</source>
        <extracomment>%1 a file, %2 the cluster, %3 the system&apos;s reason</extracomment>
        <translation>die certificate-authority %1 von Cluster %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>the %1 %2 of user %3 cannot be read: %4</source>
        <extracomment>%1 a kubeconfig key, %2 a file, %3 the user, %4 the system&apos;s reason</extracomment>
        <translation>%1 %2 von Benutzer %3 kann nicht gelesen werden: %4</translation>
    </message>
    <message>
        <source>The azure auth plugin has been removed from kubectl; use the kubelogin credential plugin instead.</source>
        <translation>Das azure-Auth-Plugin wurde aus kubectl entfernt; verwenden Sie stattdessen das Credential-Plugin kubelogin.</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>Client-Zertifikat</translation>
    </message>
    <message>
        <source>token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>token file</source>
        <translation>Token-Datei</translation>
    </message>
    <message>
        <source>basic</source>
        <translation>Basic-Auth</translation>
    </message>
    <message>
        <source>the exec plugin of user %1 names no command</source>
        <extracomment>%1 the user</extracomment>
        <translation>das exec-Plugin von Benutzer %1 nennt keinen Befehl</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: %2</source>
        <extracomment>%1 the kubeconfig file, %2 what is wrong (kubectl&apos;s wording)</extracomment>
        <translation>Fehler beim Laden der Konfigurationsdatei „%1“: %2</translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
        <extracomment>%1 a kubeconfig key such as certificate-authority-data</extracomment>
        <translation>%1 ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2</source>
        <extracomment>%1 a kubeconfig key, %2 its value</extracomment>
        <translation>%1 muss true oder false sein, nicht %2</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <extracomment>%1 a kubeconfig key such as clusters</extracomment>
        <translation>%1 ist keine Liste</translation>
    </message>
    <message>
        <source>an entry of %1 is not a mapping</source>
        <translation>ein Eintrag von %1 ist keine Zuordnung (Mapping)</translation>
    </message>
    <message>
        <source>duplicate name %1 in %2</source>
        <extracomment>%1 the quoted name, %2 clusters, users or contexts</extracomment>
        <translation>doppelter Name %1 in %2</translation>
    </message>
    <message>
        <source>the top level is not a mapping</source>
        <translation>die oberste Ebene ist keine Zuordnung (Mapping)</translation>
    </message>
    <message>
        <source>none of the files in KUBECONFIG exists: %1</source>
        <extracomment>%1 the files listed in the KUBECONFIG variable</extracomment>
        <translation>keine der Dateien in KUBECONFIG existiert: %1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <extracomment>%n problems of a kubeconfig context</extracomment>
        <translation>
            <numerusform>%n Problem</numerusform>
            <numerusform>%n Probleme</numerusform>
        </translation>
    </message>
    <message>
        <source>The current context: kubectl uses it unless told otherwise.</source>
        <translation>Der aktuelle Kontext: kubectl verwendet ihn, wenn nichts anderes angegeben ist.</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namespace</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>User %1 has no exec credential plugin</source>
        <translation>Benutzer %1 hat kein exec-Credential-Plugin</translation>
    </message>
    <message>
        <source>exec: executable %1 did not answer within %2 s</source>
        <extracomment>%1 the plugin command, %2 seconds</extracomment>
        <translation>exec: Programm %1 hat nicht innerhalb von %2 s geantwortet</translation>
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
        <translation>In Registrys liegen Ihre Images: Docker Hub, das Harbor oder GitLab Ihrer Firma, eine Cloud-Registry oder eine lokale zum Testen. Fügen Sie eine hinzu, um ihre Repositorys, Tags, Plattformen und Layer zu durchsuchen und zu prüfen, ob Ihr Cluster daraus ziehen kann.</translation>
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
        <source>Add Registry…</source>
        <translation>Registry hinzufügen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
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
    <message>
        <source>Browse repositories and tags; select a tag to inspect its platforms, layers and configuration.</source>
        <translation>Repositorys und Tags durchsuchen; wählen Sie ein Tag aus, um seine Plattformen, Layer und Konfiguration zu untersuchen.</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 kopiert</translation>
    </message>
    <message>
        <source>Search repositories</source>
        <translation>Repositorys durchsuchen</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translation>Repositorys</translation>
    </message>
    <message>
        <source>Repository name, e.g. library/busybox</source>
        <translation>Repository-Name, z. B. library/busybox</translation>
    </message>
    <message>
        <source>Type a repository name to open it; useful for registries that do not list their repositories, such as Docker Hub</source>
        <translation>Geben Sie einen Repository-Namen ein, um es zu öffnen; nützlich bei Registrys, die ihre Repositorys nicht auflisten, etwa Docker Hub</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>insecure (HTTP allowed)</source>
        <translation>unsicher (HTTP erlaubt)</translation>
    </message>
    <message>
        <source>HTTPS, verified</source>
        <translation>HTTPS, geprüft</translation>
    </message>
    <message>
        <source>credentials from %1</source>
        <translation>Zugangsdaten aus %1</translation>
    </message>
    <message numerus="yes">
        <source>Listing repositories… %n so far</source>
        <translation>
            <numerusform>Repositorys werden aufgelistet… bisher %n</numerusform>
            <numerusform>Repositorys werden aufgelistet… bisher %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repository(s)</source>
        <translation>
            <numerusform>%n Repository</numerusform>
            <numerusform>%n Repositorys</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a repository name: use lower-case path components such as library/busybox, without a tag.</source>
        <translation>„%1“ ist kein Repository-Name: Verwenden Sie kleingeschriebene Pfadbestandteile wie library/busybox, ohne Tag.</translation>
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
    <name>RepositoryDelegate</name>
    <message>
        <source>No repository list here: type a name below</source>
        <extracomment>The hint row under a registry that has no repository list</extracomment>
        <translation>Keine Repository-Liste verfügbar: Namen unten eingeben</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>eingegeben</translation>
    </message>
</context>
<context>
    <name>SecretGeneratorDialog</name>
    <message>
        <source>Show</source>
        <extracomment>Check box beside the password field</extracomment>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show secret data</source>
        <extracomment>Check box over the YAML preview: show the real base64 instead of a mask</extracomment>
        <translation>Secret-Daten anzeigen</translation>
    </message>
    <message>
        <source>Generate Image Pull Secret</source>
        <extracomment>Title of the dialog that makes a docker-registry Secret</extracomment>
        <translation>Image-Pull-Secret erzeugen</translation>
    </message>
    <message>
        <source>Show password</source>
        <extracomment>Accessible name of the check box that shows the password in clear text</extracomment>
        <translation>Passwort anzeigen</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <extracomment>Form label; the registry&apos;s address</extracomment>
        <translation>&amp;Registry-Server:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>Na&amp;mespace:</source>
        <translation>Na&amp;mespace:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>Form label; the Secret&apos;s name</extracomment>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>YAML preview</source>
        <extracomment>Accessible name of the YAML preview in the Secret generator</extracomment>
        <translation>YAML-Vorschau</translation>
    </message>
    <message>
        <source>&amp;Insert into Current File</source>
        <translation>In die aktuelle Datei &amp;einfügen</translation>
    </message>
    <message>
        <source>Open as &amp;New File</source>
        <translation>Als &amp;neue Datei öffnen</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>&amp;Speichern unter…</translation>
    </message>
    <message>
        <source>The Secret, as kubectl writes it:</source>
        <extracomment>Over the YAML preview</extracomment>
        <translation>Das Secret, wie kubectl es schreibt:</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>Geben Sie den Benutzernamen ein.</translation>
    </message>
    <message>
        <source>Enter the password or token.</source>
        <translation>Geben Sie das Passwort oder Token ein.</translation>
    </message>
    <message>
        <source>The name must be lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit.</source>
        <translation>Der Name muss aus Kleinbuchstaben, Ziffern, „-“ und „.“ bestehen und mit einem Buchstaben oder einer Ziffer beginnen und enden.</translation>
    </message>
    <message>
        <source>The namespace must be lower-case letters, digits and &apos;-&apos;.</source>
        <translation>Der Namespace muss aus Kleinbuchstaben, Ziffern und „-“ bestehen.</translation>
    </message>
    <message>
        <source>Save Secret As</source>
        <translation>Secret speichern unter</translation>
    </message>
    <message>
        <source>Kubernetes YAML (*.yaml *.yml)</source>
        <translation>Kubernetes-YAML-Dateien (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 kann nicht gespeichert werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n characters hidden</source>
        <extracomment>Replaces secret data in the preview; %n is its length in characters</extracomment>
        <translation>
            <numerusform>%n Zeichen verborgen</numerusform>
            <numerusform>%n Zeichen verborgen</numerusform>
        </translation>
    </message>
    <message>
        <source>Holds: %1</source>
        <extracomment>Under the preview: the credentials inside the Secret, passwords masked</extracomment>
        <translation>Enthält: %1</translation>
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
    <name>SeverityStyle</name>
    <message>
        <source>Error</source>
        <extracomment>Severity of a problem found in a YAML file</extracomment>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Severity of a problem found in a YAML file</extracomment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <extracomment>Severity of a problem found in a YAML file: a hint, nothing is wrong</extracomment>
        <translation>Hinweis</translation>
    </message>
</context>
<context>
    <name>SimulationWidget</name>
    <message>
        <source>Resolve manifests only</source>
        <translation>Nur Manifeste auflösen</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run in Real &amp;Time</source>
        <translation>In &amp;Echtzeit ausführen</translation>
    </message>
    <message>
        <source>Retry &amp;Now</source>
        <translation>&amp;Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>&amp;Diagnostizieren</translation>
    </message>
    <message>
        <source>&amp;Fix and Rerun</source>
        <translation>&amp;Korrigieren und erneut ausführen</translation>
    </message>
    <message>
        <source>No Pod in the workspace</source>
        <translation>Kein Pod im Arbeitsbereich</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 Minute</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 Minuten</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 Minuten</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 Minuten</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>How much kubelet time Run simulates at once</source>
        <translation>Wie viel Kubelet-Zeit „Ausführen“ auf einmal simuliert</translation>
    </message>
    <message>
        <source>Ask the registries for manifests only instead of pulling layers</source>
        <translation>Die Registrys nur nach Manifesten fragen, statt Layer zu ziehen</translation>
    </message>
    <message>
        <source>Simulate the chosen span at once on a virtual clock</source>
        <translation>Die gewählte Zeitspanne auf einmal auf einer virtuellen Uhr simulieren</translation>
    </message>
    <message>
        <source>Run on the wall clock, with a countdown to each retry</source>
        <translation>Nach der Echtzeituhr ausführen, mit einem Countdown bis zu jedem neuen Versuch</translation>
    </message>
    <message>
        <source>Forget the back-off and sync the Pod now, as if it was recreated</source>
        <translation>Die Back-off-Wartezeit vergessen und den Pod jetzt synchronisieren, als wäre er neu erstellt worden</translation>
    </message>
    <message>
        <source>Diagnose the failing container, apply the YAML fix, and run again</source>
        <translation>Den fehlschlagenden Container diagnostizieren, die YAML-Korrektur anwenden und erneut ausführen</translation>
    </message>
    <message>
        <source>&amp;Open YAML...</source>
        <translation>YAML &amp;öffnen...</translation>
    </message>
    <message>
        <source>&amp;Edit Node...</source>
        <translation>Knoten &amp;bearbeiten...</translation>
    </message>
    <message>
        <source>Pod:</source>
        <translation>Pod:</translation>
    </message>
    <message>
        <source>Simulate:</source>
        <translation>Simulieren:</translation>
    </message>
    <message>
        <source>%1 holds no Pod or workload.</source>
        <translation>%1 enthält keinen Pod und keine Workload.</translation>
    </message>
    <message>
        <source>Open Pod YAML</source>
        <translation>Pod-YAML öffnen</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml *.json)</source>
        <translation>YAML-Dateien (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <source>Node: %1 · %2 · Kubernetes %3</source>
        <translation>Knoten: %1 · %2 · Kubernetes %3</translation>
    </message>
    <message>
        <source>The default node profile</source>
        <translation>Das Standard-Knotenprofil</translation>
    </message>
    <message>
        <source>Choose a Pod to run first.</source>
        <translation>Wählen Sie zuerst einen Pod zum Ausführen.</translation>
    </message>
    <message>
        <source>The API server would refuse this Pod: %1</source>
        <translation>Der API-Server würde diesen Pod ablehnen: %1</translation>
    </message>
    <message>
        <source>Running in real time...</source>
        <translation>Läuft in Echtzeit...</translation>
    </message>
    <message>
        <source>Simulating %1...</source>
        <translation>%1 wird simuliert...</translation>
    </message>
    <message>
        <source>Applied &quot;%1&quot; to %2; running again.</source>
        <translation>„%1“ auf %2 angewendet; erneuter Lauf.</translation>
    </message>
    <message>
        <source>Applied &quot;%1&quot; to %2.</source>
        <translation>„%1“ auf %2 angewendet.</translation>
    </message>
    <message>
        <source>After %1 of kubelet time · events: %2 · every container is running</source>
        <translation>Nach %1 Kubelet-Zeit · Events: %2 · alle Container laufen</translation>
    </message>
    <message>
        <source>After %1 of kubelet time · events: %2 · waiting: %3 (%4)</source>
        <translation>Nach %1 Kubelet-Zeit · Events: %2 · wartend: %3 (%4)</translation>
    </message>
    <message>
        <source>Next retry of %1: %2</source>
        <translation>Nächster Versuch von %1: %2</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stopp</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>Shown while a YAML file is read; %1 is its name
----------
Shown while a fixed YAML file is read again; %1 is its name</extracomment>
        <translation>%1 wird gelesen…</translation>
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
    <message>
        <source>Open REGISTRY/REPOSITORY[:TAG] on the Registries page (REGISTRY is a configured name or its host:port).</source>
        <translation>REGISTRY/REPOSITORY[:TAG] auf der Seite „Registrys“ öffnen (REGISTRY ist ein eingerichteter Name oder dessen host:port).</translation>
    </message>
    <message>
        <source>Keep pulled images in the OCI image layout in DIR instead of the per-user cache.</source>
        <translation>Gezogene Images im OCI-Image-Layout in DIR statt im benutzereigenen Cache ablegen.</translation>
    </message>
    <message>
        <source>Pull the image REF at start (may be repeated).</source>
        <translation>Das Image REF beim Start ziehen (mehrfach möglich).</translation>
    </message>
    <message>
        <source>Platform of the --pull images: &quot;all&quot; or such as linux/arm64 (default: this machine&apos;s).</source>
        <translation>Plattform der --pull-Images: „all“ oder etwa linux/arm64 (Standard: die dieses Rechners).</translation>
    </message>
    <message>
        <source>Invalid selection &quot;%1&quot;; use REGISTRY/REPOSITORY[:TAG], such as &quot;Pullscope demo/demo/multiarch:1.0&quot;.</source>
        <translation>Ungültige Auswahl „%1“; verwenden Sie REGISTRY/REPOSITORY[:TAG], etwa „Pullscope demo/demo/multiarch:1.0“.</translation>
    </message>
    <message>
        <source>--store needs a directory.</source>
        <translation>--store braucht ein Verzeichnis.</translation>
    </message>
    <message>
        <source>Invalid --pull &quot;%1&quot;: %2</source>
        <translation>Ungültiges --pull „%1“: %2</translation>
    </message>
    <message>
        <source>Invalid --pull-platform &quot;%1&quot;: %2</source>
        <translation>Ungültiges --pull-platform „%1“: %2</translation>
    </message>
    <message>
        <source>Open the Pod YAML FILE on the Node page and simulate it (10 minutes of kubelet time).</source>
        <translation>Die Pod-YAML-Datei FILE auf der Seite „Knoten“ öffnen und simulieren (10 Minuten Kubelet-Zeit).</translation>
    </message>
    <message>
        <source>Simulate on the node described in this PullscopeNode FILE.</source>
        <translation>Auf dem in dieser PullscopeNode-Datei FILE beschriebenen Knoten simulieren.</translation>
    </message>
    <message>
        <source>After --simulate, diagnose the first failing container and show the Diagnose tab.</source>
        <translation>Nach --simulate den ersten fehlschlagenden Container diagnostizieren und den Reiter „Fehlerdiagnose“ zeigen.</translation>
    </message>
    <message>
        <source>--diagnose needs --simulate FILE.</source>
        <translation>--diagnose braucht --simulate FILE.</translation>
    </message>
    <message>
        <source>Start on this page: registries, workspace, node, node-images, credentials or clusters.</source>
        <translation>Auf dieser Seite starten: registries, workspace, node, node-images, credentials oder clusters.</translation>
    </message>
</context>
<context>
    <name>StoredImageModel</name>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Not pulled by Pullscope</source>
        <translation>Nicht von Pullscope gezogen</translation>
    </message>
    <message>
        <source>%1 bytes in the store, layers shared with other images included</source>
        <translation>%1 Bytes im Speicher, einschließlich der mit anderen Images geteilten Layer</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image-Name</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>Digest</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>Plattformen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation>Gezogen am</translation>
    </message>
</context>
<context>
    <name>TagBrowser</name>
    <message>
        <source>Filter tags</source>
        <translation>Tags filtern</translation>
    </message>
    <message>
        <source>Newest version first</source>
        <translation>Neueste Version zuerst</translation>
    </message>
    <message>
        <source>Newest image first</source>
        <translation>Neuestes Image zuerst</translation>
    </message>
    <message>
        <source>Name, A to Z</source>
        <translation>Name, A bis Z</translation>
    </message>
    <message>
        <source>Images are dated once their details are loaded; undated tags come last.</source>
        <translation>Images erhalten ein Datum, sobald ihre Details geladen sind; Tags ohne Datum stehen am Ende.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Select a repository to see its tags</source>
        <translation>Wählen Sie ein Repository aus, um seine Tags zu sehen</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) listed; cancelled</source>
        <translation>
            <numerusform>%n Tag aufgelistet; abgebrochen</numerusform>
            <numerusform>%n Tags aufgelistet; abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listing… %n tag(s)</source>
        <translation>
            <numerusform>Wird aufgelistet… %n Tag</numerusform>
            <numerusform>Wird aufgelistet… %n Tags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tags</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceDocuments</name>
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
        <source>Untitled-%1.yaml</source>
        <extracomment>Name of a new document not saved yet; %1 is a number</extracomment>
        <translation>Unbenannt-%1.yaml</translation>
    </message>
</context>
<context>
    <name>WorkspaceEditorPane</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Containers</source>
        <extracomment>Tab of the form view: containers, images, pull policies and pull secrets</extracomment>
        <translation>Container</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>Rückgängig (%1)</translation>
    </message>
    <message>
        <source>Redo (%1)</source>
        <translation>Wiederholen (%1)</translation>
    </message>
    <message>
        <source>Quick fixes at the cursor (Ctrl+.)</source>
        <translation>Schnellkorrekturen am Cursor (Strg+.)</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>Speichern (%1)</translation>
    </message>
    <message>
        <source>%1 ●</source>
        <extracomment>The file shown in the editor; %1 is its path, the dot marks unsaved changes</extracomment>
        <translation>%1 ●</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <extracomment>Tab title with the number of problems</extracomment>
        <translation>Probleme (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <extracomment>Part of the summary under the editor</extracomment>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <extracomment>Part of the summary under the editor</extracomment>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <extracomment>Part of the summary under the editor: hints</extracomment>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>Keine Probleme</translation>
    </message>
    <message>
        <source>Checked in %1 ms</source>
        <translation>Geprüft in %1 ms</translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <extracomment>Cursor position in the editor</extracomment>
        <translation>Z. %1, Sp. %2</translation>
    </message>
</context>
<context>
    <name>WorkspaceFileList</name>
    <message>
        <source>Open files</source>
        <extracomment>Accessible name of the list of open files on the Workspace page</extracomment>
        <translation>Geöffnete Dateien</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 ●</source>
        <extracomment>A file in the list; %1 is its name, the dot marks unsaved changes</extracomment>
        <translation>%1 ●</translation>
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
    <message>
        <source>New from Template</source>
        <extracomment>Button on the empty Workspace page: start from a template</extracomment>
        <translation>Aus Vorlage neu</translation>
    </message>
    <message>
        <source>Resolving the digest of %1…</source>
        <extracomment>Status while the registry is asked for an image&apos;s digest; %1 is the image</extracomment>
        <translation>Digest von %1 wird ermittelt…</translation>
    </message>
    <message>
        <source>Pinned to %1.</source>
        <extracomment>%1 is a digest such as sha256:abc…</extracomment>
        <translation>Auf %1 fixiert.</translation>
    </message>
    <message>
        <source>New Empty File</source>
        <translation>Neue leere Datei</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>Speichern unter…</translation>
    </message>
    <message>
        <source>Close File</source>
        <translation>Datei schließen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Generate Pull Secret…</source>
        <translation>Pull-Secret erzeugen…</translation>
    </message>
    <message>
        <source>Quick Fix…</source>
        <translation>Schnellkorrektur…</translation>
    </message>
    <message>
        <source>Next Problem</source>
        <translation>Nächstes Problem</translation>
    </message>
    <message>
        <source>Previous Problem</source>
        <translation>Vorheriges Problem</translation>
    </message>
    <message>
        <source>Kubernetes YAML checked as you type: image names, pull policies and image pull secrets, as the API server and the kubelet will see them.</source>
        <translation>Kubernetes-YAML, geprüft während Sie tippen: Image-Namen, Pull-Policys und Image-Pull-Secrets, so wie der API-Server und das Kubelet sie sehen werden.</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>Header button opening a menu: an empty file or a template</extracomment>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Header button opening a menu: open files or a folder</extracomment>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Pull Secret…</source>
        <translation>Pull-Secret…</translation>
    </message>
    <message>
        <source>Generate a docker-registry Secret as kubectl does (Ctrl+Shift+G)</source>
        <translation>Ein docker-registry-Secret erzeugen, wie kubectl es tut (Strg+Umschalt+G)</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>The file changed; the edit no longer fits. Try again.</source>
        <translation>Die Datei hat sich geändert; die Änderung passt nicht mehr. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>Angewendet: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>Änderungen an %1 speichern?</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>Ihre Änderungen gehen verloren, wenn Sie sie nicht speichern.</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Save YAML As</source>
        <translation>YAML speichern unter</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <extracomment>Under the editor while files are read in the background</extracomment>
        <translation>Dateien werden gelesen…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>WorkspaceTemplates</name>
    <message>
        <source>Pod with a Tagged Image</source>
        <extracomment>Template menu entry</extracomment>
        <translation>Pod mit einem Image per Tag</translation>
    </message>
    <message>
        <source>An image chosen by tag, pulled when the node does not have it</source>
        <translation>Ein per Tag gewähltes Image, gezogen, wenn der Knoten es nicht hat</translation>
    </message>
    <message>
        <source>Pod with an Image Pinned by Digest</source>
        <extracomment>Template menu entry</extracomment>
        <translation>Pod mit einem per Digest fixierten Image</translation>
    </message>
    <message>
        <source>Every node runs exactly the same image</source>
        <translation>Jeder Knoten führt genau dasselbe Image aus</translation>
    </message>
    <message>
        <source>Pod with Pull Policy Always</source>
        <extracomment>Template menu entry; &quot;Always&quot; is the imagePullPolicy value, keep it in English</extracomment>
        <translation>Pod mit Pull-Policy Always</translation>
    </message>
    <message>
        <source>The registry is asked each time a container starts</source>
        <translation>Die Registry wird bei jedem Containerstart gefragt</translation>
    </message>
    <message>
        <source>Pod from a Private Registry, with Its Secret</source>
        <extracomment>Template menu entry</extracomment>
        <translation>Pod aus einer privaten Registry, mit seinem Secret</translation>
    </message>
    <message>
        <source>A docker-registry Secret listed in the Pod&apos;s imagePullSecrets</source>
        <translation>Ein docker-registry-Secret, das in den imagePullSecrets des Pods steht</translation>
    </message>
    <message>
        <source>ServiceAccount with Pull Secrets</source>
        <extracomment>Template menu entry</extracomment>
        <translation>ServiceAccount mit Pull-Secrets</translation>
    </message>
    <message>
        <source>Pods running as the ServiceAccount get its pull secrets</source>
        <translation>Pods, die unter dem ServiceAccount laufen, erhalten seine Pull-Secrets</translation>
    </message>
</context>
<context>
    <name>YamlEditor</name>
    <message>
        <source>YAML editor</source>
        <extracomment>Accessible name of the YAML text editor on the Workspace page</extracomment>
        <translation>YAML-Editor</translation>
    </message>
    <message>
        <source>Asks the registry for the digest, then edits the file.</source>
        <extracomment>Status tip of a quick fix that first asks the registry for the image&apos;s digest</extracomment>
        <translation>Fragt die Registry nach dem Digest und bearbeitet dann die Datei.</translation>
    </message>
    <message>
        <source>No quick fixes here.</source>
        <extracomment>Tooltip when Ctrl+. finds nothing to fix at the cursor</extracomment>
        <translation>Hier gibt es keine Schnellkorrekturen.</translation>
    </message>
    <message>
        <source>Quick Fixes</source>
        <translation>Schnellkorrekturen</translation>
    </message>
    <message>
        <source>Quick fixes: Ctrl+. or the light bulb</source>
        <extracomment>Tooltip hint under a problem that has quick fixes</extracomment>
        <translation>Schnellkorrekturen: Strg+. oder die Glühbirne</translation>
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
    <message>
        <source>pullscope: cannot open %1/%2</source>
        <translation>pullscope: %1/%2 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>pullscope: no Pod to simulate in %1</source>
        <translation>pullscope: kein Pod zum Simulieren in %1</translation>
    </message>
</context>
</TS>

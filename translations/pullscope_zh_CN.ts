<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddRegistryDialog</name>
    <message>
        <source>Allow plain HTTP and skip TLS verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only for local test registries: credentials and images travel unprotected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: folder with ca.crt, client.cert, client.key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pullscope talks to the registry API at /v2/ on this address. Credentials come from your auth files, never from this form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Certificate folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: a registry called &quot;%1&quot; already exists; choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate Folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Where Pullscope finds registry credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pullscope uses the credentials you already have: Docker&apos;s config.json, the containers auth.json of podman and skopeo, and the credential helpers they name. It reads them only to talk to a registry, and never shows or logs a secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Credential Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The files Pullscope consults, in order. Only their existence is checked here; nothing is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>podman, skopeo, buildah</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker, kubectl-based tools, podman (fallback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>podman, skopeo (REGISTRY_AUTH_FILE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>old docker versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Pullscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n broken registry entry(s) in the settings file %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registries and their images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pod YAML files you are working on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Node</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Simulate the kubelet pulling a Pod&apos;s images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where registry credentials come from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Pullscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not import the demo file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n registry(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Added registry &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pullscope %1&lt;/h3&gt;&lt;p&gt;Browse container registries, inspect images and debug ImagePullBackOff by simulating the kubelet.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Pullscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n registry(s) configured</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodePage</name>
    <message>
        <source>Simulate how the kubelet pulls a Pod&apos;s images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The node simulation replays what the kubelet does with a Pod: it applies the pull policy, picks credentials from image pull secrets, pulls, and backs off after failures, producing the same events you see in kubectl describe pod. Start by opening a Pod in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Pod in the Workspace</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Pullscope</name>
    <message>
        <source>Cannot read credential file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must hold a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: auths[&quot;%2&quot;] is not an object; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: auths[&quot;%2&quot;].auth: %3; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: credHelpers[&quot;%2&quot;] is not a helper name; ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decoded value has no &quot;:&quot; between user and password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given on the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>docker config.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>containers auth.json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credential helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOCKER_AUTH_CONFIG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>anonymous (no credential)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (password)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an identity token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a registry token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2, key &quot;%3&quot;</source>
        <extracomment>%1 what credential, %2 where it is stored, %3 the key in that store</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential helper %1 did not answer within %2 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential helper %1 is configured but not found on PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential helper %1 could not be started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential helper %1 failed (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The credential helper %1 answered %2 with something that is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--creds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>given explicitly; files are not consulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matched key &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no entry for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end of the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no credential: the request goes anonymously</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has nothing for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>podman/skopeo login file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--creds needs a user name: use USER:PASSWORD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid checksum digest format</source>
        <extracomment>go-digest ErrDigestInvalidFormat; keep the English text identical to the Go library</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported digest algorithm</source>
        <extracomment>go-digest ErrDigestUnsupported; keep the English text identical to the Go library</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid checksum digest length</source>
        <extracomment>go-digest ErrDigestInvalidLength; keep the English text identical to the Go library</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid reference format</source>
        <extracomment>distribution/reference error text; keep the English identical to the Go library</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository name must be lowercase</source>
        <extracomment>distribution/reference error text; keep the English identical to the Go library</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository name must have at least one component</source>
        <extracomment>distribution/reference error text; keep the English identical to the Go library</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository name must not be more than %1 characters</source>
        <extracomment>distribution/reference error text; %1 is the limit, 255</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid repository name (%1), cannot specify 64-byte hexadecimal strings</source>
        <extracomment>distribution/reference error text; %1 is the input</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid reference format: repository name (%1) must be lowercase</source>
        <extracomment>distribution/reference error text; %1 is the remote name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reference %1 has no name</source>
        <extracomment>distribution/reference error text; %1 is the reference</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid tag format</source>
        <extracomment>distribution/reference ErrTagInvalidFormat; keep the English identical</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid digest format</source>
        <extracomment>distribution/reference ErrDigestInvalidFormat; keep the English identical</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>syntax error in pattern</source>
        <extracomment>Go path.ErrBadPattern; keep the English identical</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid URL escape %1</source>
        <extracomment>Go net/url EscapeError text; %1 is the bad escape, quoted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: wildcards not yet supported</source>
        <extracomment>containerd error text; %1 is the specifier, quoted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an invalid OS component of %2: OSAndVersion specifier component must match %3</source>
        <extracomment>containerd error text; %1 the component, %2 the specifier, %3 the pattern</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an invalid OS version %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an invalid OS feature %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an invalid component of %2: platform specifier component must match %3</source>
        <extracomment>containerd error text; %1 the component, %2 the specifier, %3 the pattern</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown operating system or architecture</source>
        <extracomment>containerd error text; %1 is the specifier, quoted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: cannot parse platform specifier</source>
        <extracomment>containerd error text; %1 is the specifier, quoted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsupported value: %1: supported values: &quot;Always&quot;, &quot;IfNotPresent&quot;, &quot;Never&quot;</source>
        <extracomment>%1 is the value given; the list mirrors the API server&apos;s field.NotSupported message</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>couldn&apos;t parse image name %1: %2</source>
        <extracomment>%1 is the image (quoted), %2 the reference parser&apos;s error</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has an invalid digest &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no valid size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image config of %1 is not a JSON object (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 is not valid JSON (%2 at byte %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 says it is %2 but was served as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 has schemaVersion %2; only 2 is supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: manifests[%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The manifest of %1 has no config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: layers[%2]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCI image index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker manifest list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCI image manifest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker image manifest (schema 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Docker schema 1 manifest (deprecated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer (gzip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer (zstd)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer (uncompressed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate folder: &quot;%1&quot; is not an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth file: &quot;%1&quot; is not an absolute path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate folder: &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth file: &quot;%1&quot; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name: enter a name for this registry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL: enter the registry address, such as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL: &quot;%1&quot; is not a registry address; use a host name with an optional port, such as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL: the scheme must be https or http, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL: remove the user name and password; Pullscope reads credentials from auth files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL: use only scheme, host and port; the registry API always lives at /v2/ on the host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL: plain HTTP is unencrypted; tick &quot;Insecure&quot; to allow it, or use https://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 must be a string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.%2 must be true or false.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo file does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the demo file: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is too large to be a demo file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top level must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;version&quot; is missing or not a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo file version %1 is not supported (expected 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;registries&quot; is missing or not a list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistriesPage</name>
    <message>
        <source>Add a registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registries are where your images live: Docker Hub, your company&apos;s Harbor or GitLab, a cloud registry, or a local one for testing. Add one to browse its repositories, tags, platforms and layers, and to check that your cluster can pull from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a Registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registries Pullscope knows about. Select one to see how Pullscope will reach it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Registry…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auth file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsing repositories, tags and manifests arrives with the registry browser. Pullscope has not contacted this registry yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insecure: plain HTTP allowed, TLS certificates not verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTPS with certificate verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (system certificates)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None (the usual credential files)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Registry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from Pullscope? Images and credentials are not touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed registry &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RegistryDelegate</name>
    <message>
        <source>Insecure</source>
        <extracomment>Badge on a registry that allows plain HTTP or unverified TLS; keep it short.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>The settings file could not be used (%1); Pullscope started with default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file was corrupt (%1) and has been moved to %2; Pullscope started with default settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains binary data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a valid INI file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Browse container registries, inspect images and debug ImagePullBackOff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the language CODE (such as de or zh_CN) instead of the system language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the registries listed in a demo file written by pullscope-lab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read and write settings in this INI file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start on this page: registries, workspace, node or credentials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window size for --screenshot, such as 1200x780.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid size &quot;%1&quot;; use WIDTHxHEIGHT, such as 1200x780.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WorkspacePage</name>
    <message>
        <source>Open a Pod YAML file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workspace holds the Kubernetes manifests you are working on. Open a Pod, Deployment or folder of YAML files to check image references, pull policies and image pull secrets before they reach a cluster.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The YAML files you opened. Reading Pods from them arrives with the Pod editor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No YAML files (*.yaml, *.yml) in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Added %n YAML file(s) from %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open Pod YAML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kubernetes YAML (*.yaml *.yml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Folder of YAML Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) in the workspace</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>pullscope: cannot write the screenshot to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;pullscope --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

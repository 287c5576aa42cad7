<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AddRegistryDialog</name>
    <message>
        <source>Add Registry</source>
        <translation>添加镜像仓库</translation>
    </message>
    <message>
        <source>Company registry</source>
        <translation>公司镜像仓库</translation>
    </message>
    <message>
        <source>Only for local test registries: credentials and images travel unprotected.</source>
        <translation>仅用于本地测试镜像仓库：凭据和镜像将以未加密方式传输。</translation>
    </message>
    <message>
        <source>Optional: folder with ca.crt, client.cert, client.key</source>
        <translation>可选：包含 ca.crt、client.cert、client.key 的文件夹</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>添加</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Certificate folder:</source>
        <translation>证书文件夹(&amp;C)：</translation>
    </message>
    <message>
        <source>Name: a registry called &quot;%1&quot; already exists; choose another name.</source>
        <translation>名称：已存在名为“%1”的镜像仓库，请换一个名称。</translation>
    </message>
    <message>
        <source>Certificate Folder</source>
        <translation>证书文件夹</translation>
    </message>
    <message>
        <source>Insecure: allow plain HTTP and skip TLS verification</source>
        <translation>不安全：允许明文 HTTP 并跳过 TLS 验证</translation>
    </message>
    <message>
        <source>Verify the server&apos;s TLS certificate</source>
        <translation>验证服务器的 TLS 证书</translation>
    </message>
    <message>
        <source>Test Connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Turn off only for a registry whose certificate you cannot add to the certificate folder (skopeo --tls-verify=false).</source>
        <translation>仅当无法将镜像仓库的证书添加到证书文件夹时才关闭（skopeo --tls-verify=false）。</translation>
    </message>
    <message>
        <source>Optional: an auth.json consulted first for this registry</source>
        <translation>可选：对此镜像仓库优先查阅的 auth.json</translation>
    </message>
    <message>
        <source>Pullscope talks to the registry API at /v2/ on this address. Credentials come from your auth files and helpers, never from this form.</source>
        <translation>Pullscope 通过此地址下的 /v2/ 访问镜像仓库 API。凭据来自您的认证文件和凭据助手，绝不来自此表单。</translation>
    </message>
    <message>
        <source>Au&amp;th file:</source>
        <translation>认证文件(&amp;T)：</translation>
    </message>
    <message>
        <source>Edit Registry</source>
        <translation>编辑镜像仓库</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>正在测试…</translation>
    </message>
    <message>
        <source>Contacting %1…</source>
        <translation>正在连接 %1…</translation>
    </message>
    <message>
        <source>Not reachable: %1
%2</source>
        <extracomment>%1 the registry URL, %2 the engine&apos;s explanation</extracomment>
        <translation>无法访问：%1
%2</translation>
    </message>
    <message>
        <source>Reachable at %1</source>
        <translation>可通过 %1 访问</translation>
    </message>
    <message>
        <source>Connection: HTTPS, certificate verified</source>
        <translation>连接：HTTPS，证书已验证</translation>
    </message>
    <message>
        <source>Connection: HTTPS, certificate NOT verified</source>
        <translation>连接：HTTPS，证书未经验证</translation>
    </message>
    <message>
        <source>Connection: plain HTTP (unencrypted)</source>
        <translation>连接：明文 HTTP（未加密）</translation>
    </message>
    <message>
        <source>Authentication: none asked for</source>
        <translation>身份验证：无需验证</translation>
    </message>
    <message>
        <source>Authentication: bearer tokens from %1 (service &quot;%2&quot;)</source>
        <extracomment>%1 the token server URL, %2 the service name</extracomment>
        <translation>身份验证：来自 %1 的 Bearer 令牌（服务“%2”）</translation>
    </message>
    <message>
        <source>Authentication: %1</source>
        <translation>身份验证：%1</translation>
    </message>
    <message>
        <source>Catalog: supported (repositories can be listed)</source>
        <translation>目录：支持（可以列出仓库）</translation>
    </message>
    <message>
        <source>Catalog: not available: %1</source>
        <translation>目录：不可用：%1</translation>
    </message>
    <message>
        <source>API: %1</source>
        <translation>API：%1</translation>
    </message>
    <message>
        <source>Auth File</source>
        <translation>认证文件</translation>
    </message>
    <message>
        <source>Auth files (*.json);;All files (*)</source>
        <translation>认证文件（*.json）;;所有文件（*）</translation>
    </message>
</context>
<context>
    <name>ClustersPage</name>
    <message>
        <source>Your clusters, as kubectl sees them</source>
        <translation>kubectl 眼中的集群</translation>
    </message>
    <message>
        <source>Pullscope reads your kubeconfig the way kubectl does: the file you choose, else the files in KUBECONFIG, else ~/.kube/config. It lists each context with its server, user and namespace, and says what would stop a client from using it.</source>
        <translation>Pullscope 按 kubectl 的方式读取 kubeconfig：先用您选择的文件，否则用 KUBECONFIG 中的文件，再否则用 ~/.kube/config。它列出每个上下文的服务器、用户和命名空间，并说明哪些问题会让客户端无法使用它。</translation>
    </message>
    <message>
        <source>Open Kubeconfig…</source>
        <translation>打开 Kubeconfig…</translation>
    </message>
    <message>
        <source>Look Again</source>
        <translation>重新查找</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>The contexts of your kubeconfig and what is wrong with them. Secrets are never shown.</source>
        <translation>kubeconfig 中的上下文及其问题。从不显示机密。</translation>
    </message>
    <message>
        <source>Use Default</source>
        <translation>使用默认</translation>
    </message>
    <message>
        <source>Read KUBECONFIG or ~/.kube/config again, as kubectl does.</source>
        <translation>像 kubectl 一样重新读取 KUBECONFIG 或 ~/.kube/config。</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>重新加载</translation>
    </message>
    <message>
        <source>Problems of the selected context</source>
        <translation>所选上下文的问题</translation>
    </message>
    <message>
        <source>Open Kubeconfig</source>
        <translation>打开 Kubeconfig</translation>
    </message>
    <message>
        <source>Cannot read the kubeconfig: %1</source>
        <translation>无法读取 kubeconfig：%1</translation>
    </message>
    <message>
        <source>No kubeconfig file was found.</source>
        <translation>未找到 kubeconfig 文件。</translation>
    </message>
    <message>
        <source>Read from %1</source>
        <translation>读取自 %1</translation>
    </message>
    <message>
        <source>current-context %1 names no context</source>
        <extracomment>%1 a context name</extracomment>
        <translation>current-context %1 指向的上下文不存在</translation>
    </message>
    <message>
        <source>Context %1 has no problem a client would stop at.</source>
        <extracomment>%1 a context name</extracomment>
        <translation>上下文 %1 没有会让客户端失败的问题。</translation>
    </message>
    <message>
        <source>Reading the kubeconfig…</source>
        <extracomment>While the kubeconfig files are read</extracomment>
        <translation>正在读取 kubeconfig…</translation>
    </message>
</context>
<context>
    <name>ContainerForm</name>
    <message>
        <source>Add Pull Secret</source>
        <extracomment>Button: add an image pull secret to the selected pod</extracomment>
        <translation>添加拉取 Secret</translation>
    </message>
    <message>
        <source>Containers</source>
        <extracomment>Accessible name of the table of containers in the form view</extracomment>
        <translation>容器</translation>
    </message>
    <message>
        <source>Double-click or press F2 to change an image or pull policy; the YAML is edited in place, comments and order kept.</source>
        <translation>双击或按 F2 可更改镜像或拉取策略；YAML 会被原地编辑，注释和顺序保持不变。</translation>
    </message>
    <message>
        <source>Image pull secrets</source>
        <extracomment>Accessible name of the list of a pod&apos;s image pull secrets</extracomment>
        <translation>镜像拉取 Secret</translation>
    </message>
    <message>
        <source>Secret name, such as regcred</source>
        <extracomment>Placeholder of the field that names a new image pull secret</extracomment>
        <translation>Secret 名称，例如 regcred</translation>
    </message>
    <message>
        <source>No Pod or workload in this file. Containers of Pods, Deployments, StatefulSets, DaemonSets, Jobs and CronJobs show here.</source>
        <extracomment>Shown in the form view when the file has no Pod or workload</extracomment>
        <translation>此文件中没有 Pod 或工作负载。Pod、Deployment、StatefulSet、DaemonSet、Job 和 CronJob 的容器会显示在这里。</translation>
    </message>
    <message>
        <source>Image pull secrets of %1</source>
        <extracomment>Title over a pod&apos;s image pull secrets; %1 is the object, such as Pod/web</extracomment>
        <translation>%1 的镜像拉取 Secret</translation>
    </message>
    <message>
        <source>(entry without a name)</source>
        <translation>（没有名称的条目）</translation>
    </message>
    <message>
        <source>None listed: the ServiceAccount &quot;%1&quot;&apos;s secrets apply</source>
        <translation>未列出：使用 ServiceAccount“%1”的 Secret</translation>
    </message>
    <message>
        <source>None listed: the &quot;default&quot; ServiceAccount&apos;s secrets apply</source>
        <translation>未列出：使用“default”ServiceAccount 的 Secret</translation>
    </message>
</context>
<context>
    <name>CredentialLookupBox</name>
    <message>
        <source>Which credential would be used for this image, and why?</source>
        <translation>此镜像会使用哪个凭据？为什么？</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>解释</translation>
    </message>
    <message>
        <source>Image, e.g. registry.example.com/team/app:1.0 or busybox</source>
        <translation>镜像，例如 registry.example.com/team/app:1.0 或 busybox</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Type an image and press Explain: Pullscope shows each place it looks, in order, and what it found there.</source>
        <translation>输入镜像并点击“解释”：Pullscope 会按顺序列出它查找的每个位置以及在那里找到的内容。</translation>
    </message>
    <message>
        <source>auth file of registry &quot;%1&quot;</source>
        <translation>镜像仓库“%1”的认证文件</translation>
    </message>
    <message>
        <source>Looking…</source>
        <translation>正在查找…</translation>
    </message>
    <message>
        <source>desktop keyring</source>
        <translation>桌面密钥环</translation>
    </message>
    <message>
        <source>has a login for %1 (user %2), stored by Pullscope</source>
        <translation>有 %1 的登录信息（用户 %2），由 Pullscope 存储</translation>
    </message>
    <message>
        <source>Pullscope&apos;s login in the desktop keyring: user %1. Docker, podman and skopeo do not see it.</source>
        <translation>Pullscope 在桌面密钥环中的登录信息：用户 %1。Docker、podman 和 skopeo 看不到它。</translation>
    </message>
    <message>
        <source>No credential: requests to %1 go anonymously. Pulls of public images work; private ones fail with &quot;unauthorized&quot;.</source>
        <translation>无凭据：对 %1 的请求将以匿名方式发送。公开镜像可以拉取；私有镜像会因“unauthorized”而失败。</translation>
    </message>
    <message>
        <source>user %1, password %2</source>
        <translation>用户 %1，密码 %2</translation>
    </message>
    <message>
        <source>Chosen: %1, from %2.</source>
        <extracomment>%1 who (user and masked password), %2 where from</extracomment>
        <translation>已选用：%1，来自 %2。</translation>
    </message>
</context>
<context>
    <name>CredentialTableModel</name>
    <message>
        <source>password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>identity token</source>
        <translation>身份令牌</translation>
    </message>
    <message>
        <source>registry token</source>
        <translation>镜像仓库令牌</translation>
    </message>
    <message>
        <source>(file)</source>
        <translation>（文件）</translation>
    </message>
    <message>
        <source>Key: %1</source>
        <translation>键：%1</translation>
    </message>
    <message>
        <source>Consulted as: %1</source>
        <translation>查阅方式：%1</translation>
    </message>
    <message>
        <source>Named in: %1</source>
        <translation>配置于：%1</translation>
    </message>
    <message>
        <source>Registry</source>
        <translation>镜像仓库</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Comes from</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>CredentialWriter</name>
    <message>
        <source>docker-credential-%1 (configured in %2)</source>
        <extracomment>%1 a helper program, %2 a file</extracomment>
        <translation>docker-credential-%1（在 %2 中配置）</translation>
    </message>
    <message>
        <source>the desktop keyring</source>
        <translation>桌面密钥环</translation>
    </message>
    <message>
        <source>No desktop keyring.</source>
        <translation>没有桌面密钥环。</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 has no login for %2 any more.</source>
        <translation>%1 中已不再有 %2 的登录信息。</translation>
    </message>
    <message>
        <source>This credential cannot be removed here.</source>
        <translation>无法在此处移除此凭据。</translation>
    </message>
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Where Pullscope finds registry credentials</source>
        <translation>Pullscope 从哪里获取镜像仓库凭据</translation>
    </message>
    <message>
        <source>Check Credential Files</source>
        <translation>检查凭据文件</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>凭据</translation>
    </message>
    <message>
        <source>Check Again</source>
        <translation>重新检查</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Used by</source>
        <translation>使用者</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>podman, skopeo, buildah</source>
        <translation>podman、skopeo、buildah</translation>
    </message>
    <message>
        <source>docker, kubectl-based tools, podman (fallback)</source>
        <translation>docker、基于 kubectl 的工具、podman（后备）</translation>
    </message>
    <message>
        <source>podman, skopeo (REGISTRY_AUTH_FILE)</source>
        <translation>podman、skopeo（REGISTRY_AUTH_FILE）</translation>
    </message>
    <message>
        <source>old docker versions</source>
        <translation>旧版 docker</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>已找到</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>Show secrets</source>
        <translation>显示机密</translation>
    </message>
    <message>
        <source>Pullscope uses the credentials you already have: Docker&apos;s config.json, the containers auth.json of podman and skopeo, and the credential helpers they name. It reads them only to talk to a registry, and never shows a secret unless you ask.</source>
        <translation>Pullscope 使用您已有的凭据：Docker 的 config.json、podman 和 skopeo 的 containers auth.json，以及其中指定的凭据助手。它只在与镜像仓库通信时读取这些凭据，除非您要求，否则绝不显示机密信息。</translation>
    </message>
    <message>
        <source>Log In…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <source>Every credential Pullscope can use, in the order it looks for them. Secrets stay hidden unless you show them.</source>
        <translation>Pullscope 可以使用的所有凭据，按其查找顺序排列。除非您选择显示，否则机密信息保持隐藏。</translation>
    </message>
    <message>
        <source>Log Out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Shows passwords and tokens in clear on this screen.</source>
        <translation>在此屏幕上以明文显示密码和令牌。</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Files consulted, in order</source>
        <translation>按顺序查阅的文件</translation>
    </message>
    <message>
        <source>Reading credentials…</source>
        <translation>正在读取凭据…</translation>
    </message>
    <message>
        <source>Pullscope, for registry &quot;%1&quot;</source>
        <translation>Pullscope，用于镜像仓库“%1”</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>desktop keyring</source>
        <translation>桌面密钥环</translation>
    </message>
    <message>
        <source>Pullscope&apos;s own logins (docker, podman and skopeo do not read them)</source>
        <translation>Pullscope 自己的登录信息（docker、podman 和 skopeo 不会读取）</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s)</source>
        <translation>
            <numerusform>%n 个凭据</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n problem(s)</source>
        <translation>
            <numerusform>，%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>no desktop keyring</source>
        <translation>没有桌面密钥环</translation>
    </message>
    <message>
        <source>Logged in to %1; stored in %2.</source>
        <translation>已登录 %1；保存在 %2 中。</translation>
    </message>
    <message>
        <source>Remove the login for %1 (user %2) from %3?</source>
        <extracomment>%1 a registry, %2 a user name, %3 a file or helper</extracomment>
        <translation>要从 %3 中移除 %1 的登录信息（用户 %2）吗？</translation>
    </message>
    <message>
        <source>Not logged out: %1</source>
        <translation>未退出登录：%1</translation>
    </message>
    <message>
        <source>Logged out of %1 (removed from %2).</source>
        <translation>已退出 %1 的登录（已从 %2 中移除）。</translation>
    </message>
</context>
<context>
    <name>DiagnoseWidget</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Apply to the YAML</source>
        <translation>应用到 YAML(&amp;A)</translation>
    </message>
    <message>
        <source>Apply and &amp;Rerun</source>
        <translation>应用并重新运行(&amp;R)</translation>
    </message>
    <message>
        <source>Open the &amp;Node Profile</source>
        <translation>打开节点配置(&amp;N)</translation>
    </message>
    <message>
        <source>Run a Pod in the Simulation tab, choose a container and press Diagnose: each link of the kubelet&apos;s pull chain is checked against the registry, and the first broken one comes with its fix.</source>
        <translation>在“模拟”选项卡中运行一个 Pod，选择一个容器并点击“诊断”：kubelet 拉取链中的每个环节都会针对镜像仓库进行检查，第一个出错的环节会附带修复方法。</translation>
    </message>
    <message>
        <source>How to fix it</source>
        <translation>修复方法</translation>
    </message>
    <message>
        <source>Copy the commands to the clipboard</source>
        <translation>将命令复制到剪贴板</translation>
    </message>
    <message>
        <source>Copied the commands to the clipboard.</source>
        <translation>已将命令复制到剪贴板。</translation>
    </message>
    <message>
        <source>Why %1 of %2 does not start</source>
        <translation>为什么 %2 的 %1 无法启动</translation>
    </message>
    <message>
        <source>Checking the pull chain of %1...</source>
        <translation>正在检查 %1 的拉取链...</translation>
    </message>
    <message>
        <source>First broken link: %1 — %2</source>
        <translation>第一个出错的环节：%1 — %2</translation>
    </message>
    <message>
        <source>Every check passed: %1 should pull on this node.</source>
        <translation>所有检查均已通过：%1 应该可以在此节点上拉取。</translation>
    </message>
</context>
<context>
    <name>DigestPinner</name>
    <message>
        <source>There is no image to pin at this place any more.</source>
        <translation>此位置已没有可固定的镜像。</translation>
    </message>
    <message>
        <source>Cannot pin &quot;%1&quot;: %2</source>
        <extracomment>%1 is the image reference, %2 why it does not parse</extracomment>
        <translation>无法固定“%1”：%2</translation>
    </message>
    <message>
        <source>Cannot pin &quot;%1&quot;: no registry connection.</source>
        <translation>无法固定“%1”：没有镜像仓库连接。</translation>
    </message>
    <message>
        <source>Could not resolve the digest of %1: %2</source>
        <extracomment>%1 is the image reference, %2 the registry&apos;s error</extracomment>
        <translation>无法解析 %1 的摘要：%2</translation>
    </message>
    <message>
        <source>%1 changed while its digest was looked up; nothing was pinned.</source>
        <translation>在查询摘要期间 %1 已发生变化；未固定任何内容。</translation>
    </message>
    <message>
        <source>Cannot pin %1 here: the value is not a plain YAML scalar.</source>
        <translation>无法在此处固定 %1：该值不是普通的 YAML 标量。</translation>
    </message>
</context>
<context>
    <name>InspectorWidget</name>
    <message>
        <source>Select a tag to inspect its platforms, layers and configuration.</source>
        <translation>选择一个标签以查看其平台、镜像层和配置。</translation>
    </message>
    <message>
        <source>Copy reference</source>
        <translation>复制引用</translation>
    </message>
    <message>
        <source>Copy the reference by tag</source>
        <translation>按标签复制引用</translation>
    </message>
    <message>
        <source>Copy pinned by digest</source>
        <translation>按摘要固定复制</translation>
    </message>
    <message>
        <source>Copy repository@digest: what a Pod should use to get exactly this image</source>
        <translation>复制 repository@digest：Pod 应使用此形式以获得完全相同的镜像</translation>
    </message>
    <message>
        <source>Pull…</source>
        <translation>拉取…</translation>
    </message>
    <message>
        <source>Pull this image into the local store</source>
        <translation>将此镜像拉取到本地存储</translation>
    </message>
    <message>
        <source>Inspecting…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>概览</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Image size</source>
        <translation>镜像大小</translation>
    </message>
    <message>
        <source>Manifest</source>
        <translation>清单大小</translation>
    </message>
    <message>
        <source>Media type</source>
        <translation>媒体类型</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建命令</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>镜像层</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Config</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Artifact type</source>
        <translation>制品类型</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>引用者</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>原始 JSON</translation>
    </message>
    <message>
        <source>Reference:</source>
        <translation>引用：</translation>
    </message>
    <message>
        <source>Digest:</source>
        <translation>摘要：</translation>
    </message>
    <message>
        <source>Media type:</source>
        <translation>媒体类型：</translation>
    </message>
    <message>
        <source>Size:</source>
        <translation>大小：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>Details for:</source>
        <translation>详细信息对应：</translation>
    </message>
    <message>
        <source>Rate limit:</source>
        <translation>速率限制：</translation>
    </message>
    <message>
        <source>Indented for reading; digests cover the bytes as the registry served them.</source>
        <translation>已缩进以便阅读；摘要针对的是镜像仓库提供的原始字节。</translation>
    </message>
    <message>
        <source>Pullscope has no network connection for registries.</source>
        <translation>Pullscope 没有用于镜像仓库的网络连接。</translation>
    </message>
    <message numerus="yes">
        <source>%1 in %n layer(s); config %2, manifest %3</source>
        <translation>
            <numerusform>%1，共 %n 个镜像层；配置 %2，清单 %3</numerusform>
        </translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>未记录</translation>
    </message>
    <message numerus="yes">
        <source>%1 (this computer&apos;s platform; the index lists %n platform(s))</source>
        <extracomment>%1 is a platform such as linux/amd64, %2 how many the index lists</extracomment>
        <translation>
            <numerusform>%1（本机平台；索引中列出 %n 个平台）</numerusform>
        </translation>
    </message>
    <message>
        <source>Not reported by this registry</source>
        <translation>此镜像仓库未提供</translation>
    </message>
    <message>
        <source>(no platform)</source>
        <translation>（无平台）</translation>
    </message>
    <message>
        <source>attestation</source>
        <translation>证明</translation>
    </message>
    <message>
        <source>A build attestation (provenance or SBOM), not a runnable image</source>
        <translation>构建证明（来源证明或 SBOM），不是可运行的镜像</translation>
    </message>
    <message>
        <source>The image this computer would pull</source>
        <translation>本机会拉取的镜像</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>root (not set)</source>
        <translation>root（未设置）</translation>
    </message>
    <message>
        <source>Working directory</source>
        <translation>工作目录</translation>
    </message>
    <message>
        <source>/ (not set)</source>
        <translation>/（未设置）</translation>
    </message>
    <message>
        <source>Entrypoint</source>
        <translation>入口点</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Environment</source>
        <translation>环境变量</translation>
    </message>
    <message>
        <source>Exposed ports</source>
        <translation>暴露的端口</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>标记</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>卷</translation>
    </message>
    <message>
        <source>Stop signal</source>
        <translation>停止信号</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>Manifest for %1</source>
        <extracomment>%1 is a platform such as linux/amd64</extracomment>
        <translation>%1 的清单</translation>
    </message>
    <message>
        <source>Nothing refers to this image (no signatures, SBOMs or attestations attached).</source>
        <translation>没有任何内容引用此镜像（未附加签名、SBOM 或证明）。</translation>
    </message>
    <message numerus="yes">
        <source>%n artifact(s) refer to this image.</source>
        <translation>
            <numerusform>有 %n 个制品引用此镜像。</numerusform>
        </translation>
    </message>
    <message>
        <source>This registry has no referrers API; the referrers tag was read instead.</source>
        <translation>此镜像仓库没有 referrers API，已改为读取引用者标签。</translation>
    </message>
    <message>
        <source>Looking for referrers…</source>
        <translation>正在查找引用者…</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>The desktop keyring did not answer (no secret service running?).</source>
        <translation>桌面密钥环没有响应（Secret Service 未运行？）。</translation>
    </message>
    <message>
        <source>The desktop keyring refused the request: %1</source>
        <translation>桌面密钥环拒绝了请求：%1</translation>
    </message>
    <message>
        <source>The desktop keyring is turned off (PULLSCOPE_KEYRING=off).</source>
        <translation>桌面密钥环已关闭（PULLSCOPE_KEYRING=off）。</translation>
    </message>
    <message>
        <source>No desktop keyring is available: %1</source>
        <translation>没有可用的桌面密钥环：%1</translation>
    </message>
    <message>
        <source>desktop keyring</source>
        <translation>桌面密钥环</translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <source>Log In to a Registry</source>
        <translation>登录镜像仓库</translation>
    </message>
    <message>
        <source>Optional: a repository you may pull, e.g. team/app</source>
        <translation>可选：您有权拉取的仓库，例如 team/app</translation>
    </message>
    <message>
        <source>Log In</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Pullscope checks the login with the registry before it stores anything. It goes to the credential helper your files name for that registry, else to the desktop keyring, else, if you agree, to an auth file only you can read.</source>
        <translation>Pullscope 会先向镜像仓库验证登录信息，然后才保存。登录信息将保存到您的文件为该镜像仓库指定的凭据助手；若没有，则保存到桌面密钥环；若仍没有，经您同意后保存到只有您能读取的认证文件中。</translation>
    </message>
    <message>
        <source>&amp;Registry:</source>
        <translation>镜像仓库(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Re&amp;pository:</source>
        <translation>仓库(&amp;O)：</translation>
    </message>
    <message>
        <source>Store the Login in a File?</source>
        <translation>将登录信息保存到文件？</translation>
    </message>
    <message>
        <source>Registry: enter a host name, with a port if it has one (registry.example.com:5000).</source>
        <translation>镜像仓库：请输入主机名，如有端口请一并输入（registry.example.com:5000）。</translation>
    </message>
    <message>
        <source>User name: enter the user name for this registry.</source>
        <translation>用户名：请输入此镜像仓库的用户名。</translation>
    </message>
    <message>
        <source>User name: a user name cannot contain &quot;:&quot;.</source>
        <translation>用户名：用户名不能包含“:”。</translation>
    </message>
    <message>
        <source>Password: enter the password or access token.</source>
        <translation>密码：请输入密码或访问令牌。</translation>
    </message>
    <message>
        <source>Checking the login with %1…</source>
        <translation>正在向 %1 验证登录信息…</translation>
    </message>
    <message>
        <source>Not stored: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>No credential helper is configured for %1 and no desktop keyring is available. Store the login in %2? The file is created if needed and written with mode 0600, so only you can read it; podman, skopeo and docker read it too.</source>
        <translation>没有为 %1 配置凭据助手，也没有可用的桌面密钥环。要将登录信息保存到 %2 吗？如有需要会创建该文件，并以 0600 权限写入，只有您能读取；podman、skopeo 和 docker 也会读取它。</translation>
    </message>
    <message>
        <source>The login is correct but was not stored.</source>
        <translation>登录信息正确，但未保存。</translation>
    </message>
    <message>
        <source>Storing the login in %1…</source>
        <translation>正在将登录信息保存到 %1…</translation>
    </message>
    <message>
        <source>Verified, but not stored: %1</source>
        <translation>已验证，但未保存：%1</translation>
    </message>
    <message>
        <source>Stored in %1.</source>
        <translation>已保存到 %1。</translation>
    </message>
</context>
<context>
    <name>LoginVerifier</name>
    <message>
        <source>the login dialog</source>
        <translation>登录对话框</translation>
    </message>
    <message>
        <source>%1 asks for no credentials; any login is accepted.</source>
        <translation>%1 不要求凭据，任何登录信息都会被接受。</translation>
    </message>
    <message>
        <source>The login may list the tags of %1 on %2.</source>
        <extracomment>%1 a repository, %2 a registry host</extracomment>
        <translation>该登录信息可以列出 %2 上 %1 的标签。</translation>
    </message>
    <message>
        <source>logging in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>%1 accepted the login (%2).</source>
        <extracomment>%1 a registry host, %2 &quot;basic&quot; or &quot;bearer&quot;</extracomment>
        <translation>%1 接受了登录（%2）。</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
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
            <numerusform>已跳过设置文件 %1 中 %n 个损坏的镜像仓库条目。</numerusform>
        </translation>
    </message>
    <message>
        <source>Ready.</source>
        <translation>就绪。</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>镜像仓库</translation>
    </message>
    <message>
        <source>Registries and their images</source>
        <translation>镜像仓库及其镜像</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Pod YAML files you are working on</source>
        <translation>您正在编辑的 Pod YAML 文件</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>Simulate the kubelet pulling a Pod&apos;s images</source>
        <translation>模拟 kubelet 拉取 Pod 的镜像</translation>
    </message>
    <message>
        <source>Credentials</source>
        <translation>凭据</translation>
    </message>
    <message>
        <source>Where registry credentials come from</source>
        <translation>镜像仓库凭据的来源</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>版本 %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Add Registry…</source>
        <translation>添加镜像仓库(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Pullscope</source>
        <translation>关于 Pullscope(&amp;A)</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 &amp;Qt</translation>
    </message>
    <message>
        <source>Could not import the demo file: %1</source>
        <translation>无法导入演示文件：%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n registry(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 导入 %n 个镜像仓库。</numerusform>
        </translation>
    </message>
    <message>
        <source>Added registry &quot;%1&quot;.</source>
        <translation>已添加镜像仓库“%1”。</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Pullscope %1&lt;/h3&gt;&lt;p&gt;Browse container registries, inspect images and debug ImagePullBackOff by simulating the kubelet.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Pullscope %1&lt;/h3&gt;&lt;p&gt;浏览容器镜像仓库、检查镜像，并通过模拟 kubelet 排查 ImagePullBackOff。&lt;/p&gt;&lt;p&gt;依据 GNU 通用公共许可证第 3 版或更高版本授权。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About Pullscope</source>
        <translation>关于 Pullscope</translation>
    </message>
    <message numerus="yes">
        <source>%n registry(s) configured</source>
        <translation>
            <numerusform>已配置 %n 个镜像仓库</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Pull Image…</source>
        <translation>拉取镜像(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Pulls</source>
        <translation>拉取任务(&amp;P)</translation>
    </message>
    <message>
        <source>Pulls</source>
        <translation>拉取任务</translation>
    </message>
    <message>
        <source>Pulled %1.</source>
        <translation>已拉取 %1。</translation>
    </message>
    <message>
        <source>Cancelled the pull of %1.</source>
        <translation>已取消拉取 %1。</translation>
    </message>
    <message>
        <source>Pulling %1 failed: %2</source>
        <translation>拉取 %1 失败：%2</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>The contexts of your kubeconfig</source>
        <translation>kubeconfig 中的上下文</translation>
    </message>
</context>
<context>
    <name>NodeImagesWidget</name>
    <message>
        <source>Pull Image…</source>
        <translation>拉取镜像…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Collect Garbage</source>
        <translation>垃圾回收</translation>
    </message>
    <message>
        <source>Stored in %1, an OCI image layout that skopeo and other tools can read. &lt;a href=&quot;open&quot;&gt;Open folder&lt;/a&gt;</source>
        <extracomment>%1 is a folder; the link opens it in the file manager</extracomment>
        <translation>存储在 %1 中，这是 skopeo 和其他工具可以读取的 OCI 镜像布局。&lt;a href=&quot;open&quot;&gt;打开文件夹&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Remove the selected image from this node</source>
        <translation>从此节点移除所选镜像</translation>
    </message>
    <message>
        <source>Delete layers no image uses any more, and abandoned partial downloads</source>
        <translation>删除不再被任何镜像使用的镜像层，以及已放弃的未完成下载</translation>
    </message>
    <message>
        <source>No images on this node yet</source>
        <translation>此节点上还没有镜像</translation>
    </message>
    <message>
        <source>Images you pull are stored here, each layer verified against its digest. Pull one with File &gt; Pull Image… (Ctrl+P), with the Pull… button of a tag on the Registries page, or here. Choose this machine&apos;s platform, another one, or all of a multi-platform image.</source>
        <translation>您拉取的镜像存储在这里，每个镜像层都会根据其摘要进行校验。可通过“文件 &gt; 拉取镜像…”（Ctrl+P）、“镜像仓库”页面中标签的“拉取…”按钮或在此处拉取。可以选择本机平台、其他平台，或多平台镜像的所有平台。</translation>
    </message>
    <message>
        <source>Images on this node</source>
        <translation>此节点上的镜像</translation>
    </message>
    <message>
        <source>Collecting garbage…</source>
        <translation>正在进行垃圾回收…</translation>
    </message>
    <message>
        <source>Cannot read the image store: %1</source>
        <translation>无法读取镜像存储：%1</translation>
    </message>
    <message>
        <source>Delete Image</source>
        <translation>删除镜像</translation>
    </message>
    <message>
        <source>Delete %1 from this node?</source>
        <translation>要从此节点删除 %1 吗？</translation>
    </message>
    <message>
        <source>Its layers stay on disk until you collect garbage, which deletes those no other image uses.</source>
        <translation>其镜像层会保留在磁盘上，直到您执行垃圾回收，届时会删除其他镜像未使用的镜像层。</translation>
    </message>
    <message>
        <source>Deleting %1…</source>
        <translation>正在删除 %1…</translation>
    </message>
    <message>
        <source>Wait for the running pulls to finish: collecting garbage now could delete layers they have just stored</source>
        <translation>请等待正在进行的拉取完成：现在进行垃圾回收可能会删除它们刚刚存储的镜像层</translation>
    </message>
    <message>
        <source>Could not delete %1: %2</source>
        <translation>无法删除 %1：%2</translation>
    </message>
    <message>
        <source>%1 was already gone.</source>
        <translation>%1 已不存在。</translation>
    </message>
    <message>
        <source>Deleted %1. Collect garbage to free the layers no other image uses.</source>
        <translation>已删除 %1。请执行垃圾回收以释放其他镜像未使用的镜像层。</translation>
    </message>
    <message>
        <source>Garbage collection failed: %1</source>
        <translation>垃圾回收失败：%1</translation>
    </message>
    <message>
        <source>Freed %1: %2, %3.</source>
        <extracomment>%1 is a size such as &quot;12 MiB&quot;; the %n are counts</extracomment>
        <translation>已释放 %1：%2，%3。</translation>
    </message>
    <message numerus="yes">
        <source>%n blob(s)</source>
        <translation>
            <numerusform>%n 个 blob</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n partial download(s)</source>
        <translation>
            <numerusform>%n 个未完成的下载</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 does not exist yet; the first pull creates it.</source>
        <translation>%1 尚不存在，首次拉取时会创建。</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>没有文件管理器能够打开 %1。</translation>
    </message>
</context>
<context>
    <name>NodePage</name>
    <message>
        <source>Simulate how the kubelet pulls a Pod&apos;s images</source>
        <translation>模拟 kubelet 如何拉取 Pod 的镜像</translation>
    </message>
    <message>
        <source>The node simulation replays what the kubelet does with a Pod: it applies the pull policy, picks credentials from image pull secrets, pulls, and backs off after failures, producing the same events you see in kubectl describe pod. Start by opening a Pod in the workspace.</source>
        <translation>节点模拟会重现 kubelet 对 Pod 的处理：应用拉取策略、从镜像拉取 Secret 中选取凭据、拉取镜像，并在失败后退避重试，产生与 kubectl describe pod 中相同的事件。请先在工作区中打开一个 Pod。</translation>
    </message>
    <message>
        <source>Open a Pod in the Workspace</source>
        <translation>在工作区中打开 Pod</translation>
    </message>
    <message>
        <source>Images on this node</source>
        <translation>此节点上的镜像</translation>
    </message>
    <message>
        <source>Simulation</source>
        <translation>模拟</translation>
    </message>
    <message>
        <source>Open a YAML File...</source>
        <translation>打开 YAML 文件...</translation>
    </message>
    <message>
        <source>Diagnose</source>
        <translation>诊断</translation>
    </message>
    <message>
        <source>Diagnosing %1 to find its fix...</source>
        <translation>正在诊断 %1 以查找修复方法...</translation>
    </message>
    <message>
        <source>There is no YAML fix for this failure; the Diagnose tab shows what to do.</source>
        <translation>此故障没有 YAML 修复；“诊断”选项卡会说明该怎么做。</translation>
    </message>
    <message>
        <source>The fix could not be applied to the workspace.</source>
        <translation>无法将修复应用到工作区。</translation>
    </message>
    <message>
        <source>The node profile applies to the next run.</source>
        <translation>节点配置将在下次运行时生效。</translation>
    </message>
</context>
<context>
    <name>NodeProfileEditor</name>
    <message>
        <source>Pull one image at a time (serializeImagePulls)</source>
        <translation>一次只拉取一个镜像 (serializeImagePulls)</translation>
    </message>
    <message>
        <source>AlwaysPullImages admission plugin</source>
        <translation>AlwaysPullImages 准入插件</translation>
    </message>
    <message>
        <source>ServiceAccount admission adds the account&apos;s pull secrets</source>
        <translation>ServiceAccount 准入会添加该账户的拉取 Secret</translation>
    </message>
    <message>
        <source>Node Profile</source>
        <translation>节点配置</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>无限制</translation>
    </message>
    <message>
        <source>registry.example.com/team/*, one per line</source>
        <translation>registry.example.com/team/*，每行一个</translation>
    </message>
    <message>
        <source>runc, kata (comma-separated)</source>
        <translation>runc, kata（以逗号分隔）</translation>
    </message>
    <message>
        <source>none: the node has no config.json</source>
        <translation>无：节点没有 config.json</translation>
    </message>
    <message>
        <source>none: no credential provider plugins</source>
        <translation>无：没有凭据提供程序插件</translation>
    </message>
    <message>
        <source>Feature gate</source>
        <translation>特性门控</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>设置项</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>节点</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Kubernetes version:</source>
        <translation>Kubernetes 版本(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Platform:</source>
        <translation>平台(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Images (content store):</source>
        <translation>镜像（内容存储）(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Runtime handlers:</source>
        <translation>运行时处理程序(&amp;R)：</translation>
    </message>
    <message>
        <source>Kubelet configuration</source>
        <translation>Kubelet 配置</translation>
    </message>
    <message>
        <source>Max &amp;parallel pulls:</source>
        <translation>最大并行拉取数(&amp;P)：</translation>
    </message>
    <message>
        <source>Registry pull &amp;QPS:</source>
        <translation>镜像仓库拉取 QPS(&amp;Q)：</translation>
    </message>
    <message>
        <source>Registry &amp;burst:</source>
        <translation>镜像仓库突发数(&amp;B)：</translation>
    </message>
    <message>
        <source>Credential &amp;verification:</source>
        <translation>凭据验证(&amp;V)：</translation>
    </message>
    <message>
        <source>Preloaded images &amp;allowlist:</source>
        <translation>预加载镜像允许列表(&amp;A)：</translation>
    </message>
    <message>
        <source>Feature &amp;gates:</source>
        <translation>特性门控(&amp;G)：</translation>
    </message>
    <message>
        <source>Node credentials and admission</source>
        <translation>节点凭据与准入</translation>
    </message>
    <message>
        <source>&amp;config.json:</source>
        <translation>config.json(&amp;C)：</translation>
    </message>
    <message>
        <source>Credential &amp;provider config:</source>
        <translation>凭据提供程序配置(&amp;P)：</translation>
    </message>
    <message>
        <source>Provider &amp;bin dir:</source>
        <translation>提供程序二进制目录(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Open...</source>
        <translation>打开(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Save As...</source>
        <translation>另存为(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Defaults</source>
        <translation>默认值(&amp;D)</translation>
    </message>
    <message>
        <source>...</source>
        <translation>...</translation>
    </message>
    <message>
        <source>Choose a folder</source>
        <translation>选择文件夹</translation>
    </message>
    <message>
        <source>Choose a file</source>
        <translation>选择文件</translation>
    </message>
    <message>
        <source>The default node: this machine&apos;s platform and the kubelet&apos;s default configuration.</source>
        <translation>默认节点：本机的平台和 kubelet 的默认配置。</translation>
    </message>
    <message>
        <source>Read from %1</source>
        <translation>读取自 %1</translation>
    </message>
    <message>
        <source>not in 1.%1</source>
        <translation>1.%1 中不存在</translation>
    </message>
    <message>
        <source>on</source>
        <translation>开</translation>
    </message>
    <message>
        <source>off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>on (GA, locked)</source>
        <translation>开（GA，已锁定）</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关</translation>
    </message>
    <message>
        <source>The node needs a name.</source>
        <translation>节点需要一个名称。</translation>
    </message>
    <message>
        <source>Platform: %1</source>
        <translation>平台：%1</translation>
    </message>
    <message>
        <source>Feature gates: %1</source>
        <translation>特性门控：%1</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>已保存到 %1</translation>
    </message>
    <message>
        <source>Open Node Profile</source>
        <translation>打开节点配置</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml);;All files (*)</source>
        <translation>YAML 文件 (*.yaml *.yml);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Save Node Profile</source>
        <translation>保存节点配置</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml)</source>
        <translation>YAML 文件 (*.yaml *.yml)</translation>
    </message>
</context>
<context>
    <name>ProblemsPanel</name>
    <message>
        <source>Problems</source>
        <extracomment>Accessible name of the list of problems found in the open YAML files</extracomment>
        <translation>问题</translation>
    </message>
    <message>
        <source>No problems in the open files.</source>
        <extracomment>Shown in the Problems list when the open files have no findings</extracomment>
        <translation>打开的文件中没有问题。</translation>
    </message>
    <message>
        <source>Go to Problem</source>
        <extracomment>Context menu entry of the Problems list</extracomment>
        <translation>转到问题</translation>
    </message>
</context>
<context>
    <name>PullDialog</name>
    <message>
        <source>This platform:</source>
        <translation>此平台：</translation>
    </message>
    <message>
        <source>All platforms</source>
        <translation>所有平台</translation>
    </message>
    <message>
        <source>Pull Image</source>
        <translation>拉取镜像</translation>
    </message>
    <message>
        <source>This machine&apos;s (%1)</source>
        <extracomment>%1 is a platform such as linux/amd64</extracomment>
        <translation>本机平台（%1）</translation>
    </message>
    <message>
        <source>Every platform of a multi-platform image, as skopeo copy --all</source>
        <translation>多平台镜像的所有平台，相当于 skopeo copy --all</translation>
    </message>
    <message>
        <source>os/architecture[/variant], as in docker pull --platform</source>
        <translation>os/architecture[/variant]，与 docker pull --platform 相同</translation>
    </message>
    <message>
        <source>How many layers are downloaded at the same time</source>
        <translation>同时下载的镜像层数量</translation>
    </message>
    <message>
        <source>Pull</source>
        <translation>拉取</translation>
    </message>
    <message>
        <source>&amp;Image:</source>
        <translation>镜像(&amp;I)：</translation>
    </message>
    <message>
        <source>Platform:</source>
        <translation>平台：</translation>
    </message>
    <message>
        <source>Parallel &amp;downloads:</source>
        <translation>并行下载数(&amp;D)：</translation>
    </message>
    <message>
        <source>A name such as busybox, a tag such as registry.example.com/app:1.0 or a digest reference.</source>
        <translation>名称（如 busybox）、标签（如 registry.example.com/app:1.0）或摘要引用。</translation>
    </message>
    <message>
        <source>Pulls %1</source>
        <translation>将拉取 %1</translation>
    </message>
</context>
<context>
    <name>PullListModel</name>
    <message>
        <source>%1
Platforms: %2</source>
        <translation>%1
平台：%2</translation>
    </message>
    <message>
        <source>Config %1</source>
        <translation>配置 %1</translation>
    </message>
    <message>
        <source>Layer %1 %2</source>
        <extracomment>%1 is the layer&apos;s position in its image, %2 a short digest</extracomment>
        <translation>镜像层 %1 %2</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>进度</translation>
    </message>
    <message>
        <source>Transferred</source>
        <translation>已传输</translation>
    </message>
    <message>
        <source>Rate</source>
        <translation>速率</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>this machine (%1)</source>
        <translation>本机（%1）</translation>
    </message>
    <message>
        <source>all platforms</source>
        <translation>所有平台</translation>
    </message>
    <message>
        <source>Resolving</source>
        <translation>正在解析</translation>
    </message>
    <message>
        <source>Downloading</source>
        <translation>正在下载</translation>
    </message>
    <message>
        <source>Done in %1 (%2 already stored)</source>
        <extracomment>%1 is a duration, %2 a size</extracomment>
        <translation>已完成，用时 %1（%2 已存储）</translation>
    </message>
    <message>
        <source>Done in %1</source>
        <translation>已完成，用时 %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Retrying: %1</source>
        <translation>正在重试：%1</translation>
    </message>
    <message>
        <source>Already stored</source>
        <translation>已存储</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a blob of a multi-platform pull: %1 is &quot;Layer 2 sha256:ab12…&quot;, %2 its platforms</extracomment>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>PullPolicyDelegate</name>
    <message>
        <source>Image pull policy</source>
        <extracomment>Accessible name of the pull-policy combo box in the containers table</extracomment>
        <translation>镜像拉取策略</translation>
    </message>
</context>
<context>
    <name>PullTimelineWidget</name>
    <message>
        <source>Pull timeline</source>
        <translation>拉取时间线</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>容器</translation>
    </message>
    <message>
        <source>Run the simulation to see every pull attempt and back-off window here.</source>
        <translation>运行模拟后，可在此查看每次拉取尝试和每个退避窗口。</translation>
    </message>
    <message>
        <source>Pulling</source>
        <translation>正在拉取</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation>已拉取</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Back-off</source>
        <translation>退避</translation>
    </message>
    <message>
        <source>retry %1</source>
        <translation>重试：%1</translation>
    </message>
    <message>
        <source>Back-off from %1 to %2</source>
        <translation>退避：从 %1 到 %2</translation>
    </message>
    <message>
        <source>%1 at %2: %3</source>
        <translation>%1（%2）：%3</translation>
    </message>
</context>
<context>
    <name>PullsPanel</name>
    <message>
        <source>Pull Image…</source>
        <translation>拉取镜像…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Clear Finished</source>
        <translation>清除已结束的任务</translation>
    </message>
    <message>
        <source>Pulls</source>
        <translation>拉取任务</translation>
    </message>
    <message>
        <source>Stop the selected pull; what arrived is kept for a retry</source>
        <translation>停止所选拉取；已下载的内容会保留以便重试</translation>
    </message>
    <message>
        <source>Pull again with the same options, resuming partial downloads</source>
        <translation>使用相同选项重新拉取，并继续未完成的下载</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>No pulls yet. Pull an image with File &gt; Pull Image… (Ctrl+P) or the Pull… button of a tag.</source>
        <translation>还没有拉取任务。可通过“文件 &gt; 拉取镜像…”（Ctrl+P）或标签的“拉取…”按钮拉取镜像。</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <extracomment>Summary of the pulls of this session; each part is a %n plural</extracomment>
        <translation>%1，%2，%3</translation>
    </message>
    <message numerus="yes">
        <source>%n running</source>
        <translation>
            <numerusform>%n 个进行中</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n done</source>
        <translation>
            <numerusform>%n 个已完成</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed</source>
        <translation>
            <numerusform>%n 个失败</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Pullscope</name>
    <message>
        <source>Cannot read credential file %1: %2</source>
        <translation>无法读取凭据文件 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>%1 must hold a JSON object</source>
        <translation>%1 必须包含一个 JSON 对象</translation>
    </message>
    <message>
        <source>%1: auths[&quot;%2&quot;] is not an object; ignored</source>
        <translation>%1：auths[&quot;%2&quot;] 不是对象，已忽略</translation>
    </message>
    <message>
        <source>%1: auths[&quot;%2&quot;].auth: %3; ignored</source>
        <translation>%1：auths[&quot;%2&quot;].auth：%3，已忽略</translation>
    </message>
    <message>
        <source>%1: credHelpers[&quot;%2&quot;] is not a helper name; ignored</source>
        <translation>%1：credHelpers[&quot;%2&quot;] 不是助手名称，已忽略</translation>
    </message>
    <message>
        <source>not valid base64</source>
        <translation>不是有效的 base64</translation>
    </message>
    <message>
        <source>the decoded value has no &quot;:&quot; between user and password</source>
        <translation>解码后的值在用户名和密码之间没有“:”</translation>
    </message>
    <message>
        <source>the user name is empty</source>
        <translation>用户名为空</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>无处</translation>
    </message>
    <message>
        <source>given on the command line</source>
        <translation>在命令行中给出</translation>
    </message>
    <message>
        <source>docker config.json</source>
        <translation>docker config.json 文件</translation>
    </message>
    <message>
        <source>containers auth.json</source>
        <translation>containers auth.json 文件</translation>
    </message>
    <message>
        <source>credential helper</source>
        <translation>凭据助手</translation>
    </message>
    <message>
        <source>system keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>DOCKER_AUTH_CONFIG</source>
        <translation>DOCKER_AUTH_CONFIG</translation>
    </message>
    <message>
        <source>anonymous (no credential)</source>
        <translation>匿名（无凭据）</translation>
    </message>
    <message>
        <source>%1 (password)</source>
        <translation>%1（密码）</translation>
    </message>
    <message>
        <source>an identity token</source>
        <translation>身份令牌</translation>
    </message>
    <message>
        <source>a registry token</source>
        <translation>镜像仓库令牌</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 from %2, key &quot;%3&quot;</source>
        <extracomment>%1 what credential, %2 where it is stored, %3 the key in that store</extracomment>
        <translation>%1，来自 %2，键“%3”</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1，来自 %2</translation>
    </message>
    <message>
        <source>The credential helper %1 did not answer within %2 seconds</source>
        <translation>凭据助手 %1 在 %2 秒内没有响应</translation>
    </message>
    <message>
        <source>The credential helper %1 is configured but not found on PATH</source>
        <translation>已配置凭据助手 %1，但在 PATH 中找不到它</translation>
    </message>
    <message>
        <source>The credential helper %1 could not be started: %2</source>
        <translation>无法启动凭据助手 %1：%2</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>The credential helper %1 failed (%2): %3</source>
        <translation>凭据助手 %1 失败（%2）：%3</translation>
    </message>
    <message>
        <source>The credential helper %1 answered %2 with something that is not a JSON object</source>
        <translation>凭据助手 %1 对 %2 的回答不是 JSON 对象</translation>
    </message>
    <message>
        <source>--creds</source>
        <translation>--creds</translation>
    </message>
    <message>
        <source>given explicitly; files are not consulted</source>
        <translation>已明确给出，不查阅文件</translation>
    </message>
    <message>
        <source>not present</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>matched key &quot;%1&quot;</source>
        <translation>匹配到键“%1”</translation>
    </message>
    <message>
        <source>no entry for %1</source>
        <translation>没有 %1 的条目</translation>
    </message>
    <message>
        <source>end of the search</source>
        <translation>搜索结束</translation>
    </message>
    <message>
        <source>no credential: the request goes anonymously</source>
        <translation>无凭据：请求将以匿名方式发送</translation>
    </message>
    <message>
        <source>%1 has nothing for %2</source>
        <translation>%1 中没有 %2 的凭据</translation>
    </message>
    <message>
        <source>%1 answered for %2</source>
        <translation>%1 为 %2 提供了应答</translation>
    </message>
    <message>
        <source>podman/skopeo login file</source>
        <translation>podman/skopeo 登录文件</translation>
    </message>
    <message>
        <source>--creds needs a user name: use USER:PASSWORD</source>
        <translation>--creds 需要用户名：请使用 USER:PASSWORD</translation>
    </message>
    <message>
        <source>invalid checksum digest format</source>
        <extracomment>go-digest ErrDigestInvalidFormat; keep the English text identical to the Go library</extracomment>
        <translation>校验和摘要格式无效</translation>
    </message>
    <message>
        <source>unsupported digest algorithm</source>
        <extracomment>go-digest ErrDigestUnsupported; keep the English text identical to the Go library</extracomment>
        <translation>不支持的摘要算法</translation>
    </message>
    <message>
        <source>invalid checksum digest length</source>
        <extracomment>go-digest ErrDigestInvalidLength; keep the English text identical to the Go library</extracomment>
        <translation>校验和摘要长度无效</translation>
    </message>
    <message>
        <source>invalid reference format</source>
        <extracomment>distribution/reference error text; keep the English identical to the Go library</extracomment>
        <translation>引用格式无效</translation>
    </message>
    <message>
        <source>repository name must be lowercase</source>
        <extracomment>distribution/reference error text; keep the English identical to the Go library</extracomment>
        <translation>仓库名称必须为小写</translation>
    </message>
    <message>
        <source>repository name must have at least one component</source>
        <extracomment>distribution/reference error text; keep the English identical to the Go library</extracomment>
        <translation>仓库名称必须至少包含一个组成部分</translation>
    </message>
    <message>
        <source>repository name must not be more than %1 characters</source>
        <extracomment>distribution/reference error text; %1 is the limit, 255</extracomment>
        <translation>仓库名称不得超过 %1 个字符</translation>
    </message>
    <message>
        <source>invalid repository name (%1), cannot specify 64-byte hexadecimal strings</source>
        <extracomment>distribution/reference error text; %1 is the input</extracomment>
        <translation>仓库名称无效（%1）：不能使用 64 字节的十六进制字符串</translation>
    </message>
    <message>
        <source>invalid reference format: repository name (%1) must be lowercase</source>
        <extracomment>distribution/reference error text; %1 is the remote name</extracomment>
        <translation>引用格式无效：仓库名称（%1）必须为小写</translation>
    </message>
    <message>
        <source>reference %1 has no name</source>
        <extracomment>distribution/reference error text; %1 is the reference</extracomment>
        <translation>引用 %1 没有名称</translation>
    </message>
    <message>
        <source>invalid tag format</source>
        <extracomment>distribution/reference ErrTagInvalidFormat; keep the English identical</extracomment>
        <translation>标签格式无效</translation>
    </message>
    <message>
        <source>invalid digest format</source>
        <extracomment>distribution/reference ErrDigestInvalidFormat; keep the English identical</extracomment>
        <translation>摘要格式无效</translation>
    </message>
    <message>
        <source>syntax error in pattern</source>
        <extracomment>Go path.ErrBadPattern; keep the English identical</extracomment>
        <translation>模式中有语法错误</translation>
    </message>
    <message>
        <source>invalid URL escape %1</source>
        <extracomment>Go net/url EscapeError text; %1 is the bad escape, quoted</extracomment>
        <translation>无效的 URL 转义 %1</translation>
    </message>
    <message>
        <source>%1: wildcards not yet supported</source>
        <extracomment>containerd error text; %1 is the specifier, quoted</extracomment>
        <translation>%1：尚不支持通配符</translation>
    </message>
    <message>
        <source>%1 is an invalid OS component of %2: OSAndVersion specifier component must match %3</source>
        <extracomment>containerd error text; %1 the component, %2 the specifier, %3 the pattern</extracomment>
        <translation>%1 不是 %2 的有效操作系统部分：OSAndVersion 说明符部分必须匹配 %3</translation>
    </message>
    <message>
        <source>%1 has an invalid OS version %2: %3</source>
        <translation>%1 的操作系统版本 %2 无效：%3</translation>
    </message>
    <message>
        <source>%1 has an invalid OS feature %2: %3</source>
        <translation>%1 的操作系统特性 %2 无效：%3</translation>
    </message>
    <message>
        <source>%1 is an invalid component of %2: platform specifier component must match %3</source>
        <extracomment>containerd error text; %1 the component, %2 the specifier, %3 the pattern</extracomment>
        <translation>%1 不是 %2 的有效组成部分：平台说明符的组成部分必须匹配 %3</translation>
    </message>
    <message>
        <source>%1: unknown operating system or architecture</source>
        <extracomment>containerd error text; %1 is the specifier, quoted</extracomment>
        <translation>%1：未知的操作系统或架构</translation>
    </message>
    <message>
        <source>%1: cannot parse platform specifier</source>
        <extracomment>containerd error text; %1 is the specifier, quoted</extracomment>
        <translation>%1：无法解析平台说明符</translation>
    </message>
    <message>
        <source>Required value</source>
        <translation>必填值</translation>
    </message>
    <message>
        <source>Unsupported value: %1: supported values: &quot;Always&quot;, &quot;IfNotPresent&quot;, &quot;Never&quot;</source>
        <extracomment>%1 is the value given; the list mirrors the API server&apos;s field.NotSupported message</extracomment>
        <translation>不支持的值：%1：支持的值：&quot;Always&quot;、&quot;IfNotPresent&quot;、&quot;Never&quot;</translation>
    </message>
    <message>
        <source>couldn&apos;t parse image name %1: %2</source>
        <extracomment>%1 is the image (quoted), %2 the reference parser&apos;s error</extracomment>
        <translation>无法解析镜像名称 %1：%2</translation>
    </message>
    <message>
        <source>%1 has an invalid digest &quot;%2&quot;: %3</source>
        <translation>%1 的摘要“%2”无效：%3</translation>
    </message>
    <message>
        <source>%1 has no valid size</source>
        <translation>%1 没有有效的大小</translation>
    </message>
    <message>
        <source>The image config of %1 is not a JSON object (%2)</source>
        <translation>%1 的镜像配置不是 JSON 对象（%2）</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>The manifest of %1 is not valid JSON (%2 at byte %3)</source>
        <translation>%1 的清单不是有效的 JSON（%2，位于第 %3 字节）</translation>
    </message>
    <message>
        <source>The manifest of %1 says it is %2 but was served as %3</source>
        <translation>%1 的清单声明自己是 %2，但以 %3 提供</translation>
    </message>
    <message>
        <source>The manifest of %1 has schemaVersion %2; only 2 is supported</source>
        <translation>%1 的清单 schemaVersion 为 %2；仅支持 2</translation>
    </message>
    <message>
        <source>%1: subject</source>
        <translation>%1：subject</translation>
    </message>
    <message>
        <source>%1: manifests[%2]</source>
        <translation>%1：manifests[%2]</translation>
    </message>
    <message>
        <source>The manifest of %1 has no config</source>
        <translation>%1 的清单没有 config</translation>
    </message>
    <message>
        <source>%1: config</source>
        <translation>%1：config</translation>
    </message>
    <message>
        <source>%1: layers[%2]</source>
        <translation>%1：layers[%2]</translation>
    </message>
    <message>
        <source>OCI image index</source>
        <translation>OCI 镜像索引</translation>
    </message>
    <message>
        <source>Docker manifest list</source>
        <translation>Docker 清单列表</translation>
    </message>
    <message>
        <source>OCI image manifest</source>
        <translation>OCI 镜像清单</translation>
    </message>
    <message>
        <source>Docker image manifest (schema 2)</source>
        <translation>Docker 镜像清单（schema 2）</translation>
    </message>
    <message>
        <source>Docker schema 1 manifest (deprecated)</source>
        <translation>Docker schema 1 清单（已弃用）</translation>
    </message>
    <message>
        <source>image config</source>
        <translation>镜像配置</translation>
    </message>
    <message>
        <source>layer (gzip)</source>
        <translation>层（gzip）</translation>
    </message>
    <message>
        <source>layer (zstd)</source>
        <translation>层（zstd）</translation>
    </message>
    <message>
        <source>layer (uncompressed)</source>
        <translation>层（未压缩）</translation>
    </message>
    <message>
        <source>layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Certificate folder: &quot;%1&quot; is not an absolute path.</source>
        <translation>证书文件夹：“%1”不是绝对路径。</translation>
    </message>
    <message>
        <source>Auth file: &quot;%1&quot; is not an absolute path.</source>
        <translation>认证文件：“%1”不是绝对路径。</translation>
    </message>
    <message>
        <source>Certificate folder: &quot;%1&quot; does not exist.</source>
        <translation>证书文件夹：“%1”不存在。</translation>
    </message>
    <message>
        <source>Auth file: &quot;%1&quot; does not exist.</source>
        <translation>认证文件：“%1”不存在。</translation>
    </message>
    <message>
        <source>Name: enter a name for this registry.</source>
        <translation>名称：请为此镜像仓库输入名称。</translation>
    </message>
    <message>
        <source>URL: enter the registry address, such as %1.</source>
        <translation>URL：请输入镜像仓库地址，例如 %1。</translation>
    </message>
    <message>
        <source>URL: &quot;%1&quot; is not a registry address; use a host name with an optional port, such as %2.</source>
        <translation>URL：“%1”不是镜像仓库地址；请使用主机名（可带端口），例如 %2。</translation>
    </message>
    <message>
        <source>URL: the scheme must be https or http, not &quot;%1&quot;.</source>
        <translation>URL：协议必须是 https 或 http，而不是“%1”。</translation>
    </message>
    <message>
        <source>URL: remove the user name and password; Pullscope reads credentials from auth files.</source>
        <translation>URL：请删除用户名和密码；Pullscope 从认证文件中读取凭据。</translation>
    </message>
    <message>
        <source>URL: use only scheme, host and port; the registry API always lives at /v2/ on the host.</source>
        <translation>URL：只需填写协议、主机和端口；镜像仓库 API 始终位于主机的 /v2/ 下。</translation>
    </message>
    <message>
        <source>URL: plain HTTP is unencrypted; tick &quot;Insecure&quot; to allow it, or use https://.</source>
        <translation>URL：明文 HTTP 不加密；勾选“不安全”以允许它，或改用 https://。</translation>
    </message>
    <message>
        <source>%1 is not an object.</source>
        <translation>%1 不是对象。</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;.</source>
        <translation>%1 没有“%2”。</translation>
    </message>
    <message>
        <source>%1.%2 must be a string.</source>
        <translation>%1.%2 必须是字符串。</translation>
    </message>
    <message>
        <source>%1.%2 must be true or false.</source>
        <translation>%1.%2 必须为 true 或 false。</translation>
    </message>
    <message>
        <source>The demo file does not exist.</source>
        <translation>演示文件不存在。</translation>
    </message>
    <message>
        <source>Cannot read the demo file: %1.</source>
        <translation>无法读取演示文件：%1。</translation>
    </message>
    <message>
        <source>The file is too large to be a demo file.</source>
        <translation>该文件太大，不可能是演示文件。</translation>
    </message>
    <message>
        <source>Not valid JSON: %1.</source>
        <translation>不是有效的 JSON：%1。</translation>
    </message>
    <message>
        <source>The top level must be a JSON object.</source>
        <translation>顶层必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>&quot;version&quot; is missing or not a number.</source>
        <translation>缺少“version”或它不是数字。</translation>
    </message>
    <message>
        <source>Demo file version %1 is not supported (expected 1).</source>
        <translation>不支持演示文件版本 %1（应为 1）。</translation>
    </message>
    <message>
        <source>&quot;registries&quot; is missing or not a list.</source>
        <translation>缺少“registries”或它不是列表。</translation>
    </message>
    <message>
        <source>%1 has no image for %2; the index offers: %3</source>
        <translation>%1 没有适用于 %2 的镜像；索引提供：%3</translation>
    </message>
    <message>
        <source>nothing runnable</source>
        <translation>没有可运行的内容</translation>
    </message>
    <message>
        <source>The index of %1 points at another index for %2; nested indexes are not supported yet</source>
        <translation>%1 的索引为 %2 指向另一个索引；尚不支持嵌套索引</translation>
    </message>
    <message>
        <source>The registry sent a malformed Link header: %1</source>
        <translation>镜像仓库发送了格式错误的 Link 头：%1</translation>
    </message>
    <message>
        <source>The registry sent a Link header with an invalid URL: %1</source>
        <translation>镜像仓库发送的 Link 头包含无效 URL：%1</translation>
    </message>
    <message>
        <source>The registry&apos;s next-page link points elsewhere (%1); not followed</source>
        <translation>镜像仓库的下一页链接指向别处（%1），未跟随</translation>
    </message>
    <message>
        <source>fetching the manifest of %1</source>
        <translation>获取 %1 的清单</translation>
    </message>
    <message>
        <source>%1 answered for %2 with the digest %3</source>
        <translation>%1 为 %2 返回了摘要 %3</translation>
    </message>
    <message>
        <source>The manifest %1 served by %2 hashes to %3; refused</source>
        <translation>%2 提供的清单 %1 的哈希值为 %3，已拒绝</translation>
    </message>
    <message>
        <source>%1 sent an invalid Docker-Content-Digest header for %2: %3</source>
        <translation>%1 为 %2 发送了无效的 Docker-Content-Digest 头：%3</translation>
    </message>
    <message>
        <source>The manifest of %1 does not match the digest the registry announced (Docker-Content-Digest %2, content hashes to %3): the body was changed or cut in transit</source>
        <translation>%1 的清单与镜像仓库声明的摘要不符（Docker-Content-Digest 为 %2，内容哈希为 %3）：内容在传输中被修改或截断</translation>
    </message>
    <message>
        <source>%1 is a Docker schema 1 image: that format is deprecated and no longer pulled by containerd 2.0 or Pullscope. Rebuild or re-push the image with a current client to get a schema 2 or OCI manifest.</source>
        <translation>%1 是 Docker schema 1 镜像：该格式已弃用，containerd 2.0 和 Pullscope 均不再拉取。请使用当前版本的客户端重新构建或推送该镜像，以获得 schema 2 或 OCI 清单。</translation>
    </message>
    <message>
        <source>listing the tags of %1</source>
        <translation>列出 %1 的标签</translation>
    </message>
    <message>
        <source>listing the repositories</source>
        <translation>列出仓库</translation>
    </message>
    <message>
        <source>%1 does not offer a repository list (HTTP %2 on /v2/_catalog). Type a repository name instead.</source>
        <translation>%1 不提供仓库列表（/v2/_catalog 返回 HTTP %2）。请直接输入仓库名称。</translation>
    </message>
    <message>
        <source>%1 answered %2 with something that is not JSON (%3; Content-Type %4)</source>
        <translation>%1 对 %2 的回答不是 JSON（%3；Content-Type 为 %4）</translation>
    </message>
    <message>
        <source>%1 answered %2 without a &quot;%3&quot; list</source>
        <translation>%1 对 %2 的回答中没有“%3”列表</translation>
    </message>
    <message numerus="yes">
        <source>%1 keeps sending the same next page while %2 (after %n page(s)); stopped</source>
        <translation>
            <numerusform>%1 在%2时不断返回同一个下一页（已处理 %n 页），已停止</numerusform>
        </translation>
    </message>
    <message>
        <source>checking the registry API</source>
        <translation>检查镜像仓库 API</translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n 小时</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 pulls left</source>
        <translation>剩余 %1/%2 次拉取</translation>
    </message>
    <message>
        <source>%1 of %2 pulls left in %3</source>
        <translation>%3 内剩余 %1/%2 次拉取</translation>
    </message>
    <message>
        <source>%1 pulls left</source>
        <translation>剩余 %1 次拉取</translation>
    </message>
    <message>
        <source>limit %1 pulls</source>
        <translation>限制 %1 次拉取</translation>
    </message>
    <message>
        <source>limit %1 pulls per %2</source>
        <translation>每 %2 限制 %1 次拉取</translation>
    </message>
    <message>
        <source>listing the referrers of %1</source>
        <translation>列出 %1 的引用者</translation>
    </message>
    <message>
        <source>the referrers of %1</source>
        <translation>%1 的引用者</translation>
    </message>
    <message>
        <source>The referrers tag %1 does not hold an index</source>
        <translation>引用者标签 %1 不包含索引</translation>
    </message>
    <message>
        <source>%1 asks for credentials for %2 and none were found; log in first (pullscope-cli login %3)</source>
        <translation>%1 要求提供 %2 的凭据，但未找到任何凭据；请先登录（pullscope-cli login %3）</translation>
    </message>
    <message>
        <source>%1 refused the credential for %2: %3 was tried</source>
        <extracomment>%1 registry, %2 operation, %3 credential description</extracomment>
        <translation>%1 拒绝了 %2 的凭据：尝试的是 %3</translation>
    </message>
    <message>
        <source>%1 denied access while %2: the credential is valid but has no permission for %3</source>
        <translation>%1 在%2时拒绝访问：凭据有效，但没有 %3 的权限</translation>
    </message>
    <message>
        <source>The repository %1 does not exist (or is private and the credential cannot see it)</source>
        <translation>仓库 %1 不存在（或者是私有仓库，当前凭据无法看到）</translation>
    </message>
    <message>
        <source>%1 has no such tag or manifest (while %2)</source>
        <translation>%1 没有这个标签或清单（在%2时）</translation>
    </message>
    <message>
        <source>%1 does not have the requested blob (while %2)</source>
        <translation>%1 没有所请求的 blob（在%2时）</translation>
    </message>
    <message>
        <source>%1 answered 404 Not Found while %2</source>
        <translation>%1 在%2时返回 404 Not Found</translation>
    </message>
    <message>
        <source>%1 is rate limiting requests (429 Too Many Requests) while %2</source>
        <translation>%1 在%2时限制请求速率（429 Too Many Requests）</translation>
    </message>
    <message numerus="yes">
        <source>retry after %n s</source>
        <translation>
            <numerusform>%n 秒后重试</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 timed out the request while %2</source>
        <translation>%1 在%2时请求超时</translation>
    </message>
    <message>
        <source>%1 failed with HTTP %2 while %3</source>
        <translation>%1 在%3时失败，HTTP %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 while %3</source>
        <translation>%1 在%3时返回 HTTP %2</translation>
    </message>
    <message>
        <source> (registry said: %1%2)</source>
        <translation>（镜像仓库返回：%1%2）</translation>
    </message>
    <message>
        <source>%1 sent more than %2 bytes while %3; stopped reading</source>
        <translation>%1 在%3时发送了超过 %2 字节的数据，已停止读取</translation>
    </message>
    <message>
        <source>%1 sent more than %2 bytes while %3</source>
        <translation>%1 在%3时发送了超过 %2 字节的数据</translation>
    </message>
    <message>
        <source>%1 redirected more than %2 times while %3</source>
        <translation>%1 在%3时重定向超过 %2 次</translation>
    </message>
    <message>
        <source>%1 redirected from HTTPS to %2; refused</source>
        <translation>%1 从 HTTPS 重定向到 %2，已拒绝</translation>
    </message>
    <message>
        <source> The registry sent no challenge Pullscope can answer (%1).</source>
        <translation>镜像仓库没有发送 Pullscope 能够应答的认证质询（%1）。</translation>
    </message>
    <message>
        <source>%1 sent a token realm Pullscope will not use: &quot;%2&quot; (HTTPS is required unless the registry is marked insecure)</source>
        <translation>%1 发送了 Pullscope 不会使用的令牌 realm：“%2”（除非镜像仓库被标记为不安全，否则必须使用 HTTPS）</translation>
    </message>
    <message>
        <source>The token server %1 of %2 could not be reached: %3</source>
        <translation>无法连接 %2 的令牌服务器 %1：%3</translation>
    </message>
    <message>
        <source>anonymous access</source>
        <translation>匿名访问</translation>
    </message>
    <message>
        <source>The token server %1 refused %2 for %3 (HTTP %4)</source>
        <translation>令牌服务器 %1 拒绝了 %3 的%2（HTTP %4）</translation>
    </message>
    <message>
        <source>The token server %1 answered HTTP %2</source>
        <translation>令牌服务器 %1 返回 HTTP %2</translation>
    </message>
    <message>
        <source>The token server %1 answered without a token (expected JSON with &quot;token&quot; or &quot;access_token&quot;)</source>
        <translation>令牌服务器 %1 的应答中没有令牌（应为包含 &quot;token&quot; 或 &quot;access_token&quot; 的 JSON）</translation>
    </message>
    <message>
        <source>The host name of %1 does not resolve (DNS) while %2</source>
        <translation>在%2时无法解析 %1 的主机名（DNS）</translation>
    </message>
    <message>
        <source>%1 refused the connection while %2: nothing listens at %3</source>
        <translation>%1 在%2时拒绝连接：%3 上没有服务在监听</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s while %3</source>
        <translation>%1 在%3时 %2 秒内没有响应</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 was not accepted while %2: %3. CA certificates were looked for in the system store and in: %4. Add the registry&apos;s CA as HOST:PORT/ca.crt in one of those, or turn verification off for it.</source>
        <translation>在%2时未接受 %1 的 TLS 证书：%3。已在系统证书库和以下位置查找 CA 证书：%4。请将该镜像仓库的 CA 以 HOST:PORT/ca.crt 的形式放入其中一个位置，或为其关闭验证。</translation>
    </message>
    <message>
        <source>Network error talking to %1 while %2: %3</source>
        <translation>在%2时与 %1 通信出现网络错误：%3</translation>
    </message>
    <message>
        <source>The blob %1 is %2 bytes, more than the %3 allowed here</source>
        <translation>blob %1 大小为 %2 字节，超过此处允许的 %3</translation>
    </message>
    <message>
        <source>fetching the blob %1 of %2</source>
        <translation>获取 %2 的 blob %1</translation>
    </message>
    <message>
        <source>The blob %1 from %2 is %3 bytes, the manifest says %4</source>
        <translation>来自 %2 的 blob %1 大小为 %3 字节，而清单记录为 %4</translation>
    </message>
    <message>
        <source>The blob %1 from %2 hashes to %3; refused</source>
        <translation>来自 %2 的 blob %1 的哈希值为 %3，已拒绝</translation>
    </message>
    <message>
        <source>%1 holds no PEM certificate</source>
        <translation>%1 不包含 PEM 证书</translation>
    </message>
    <message>
        <source>The client certificate %1 has no key %2</source>
        <translation>客户端证书 %1 缺少密钥 %2</translation>
    </message>
    <message>
        <source>Cannot read the client certificate %1</source>
        <translation>无法读取客户端证书 %1</translation>
    </message>
    <message>
        <source>Cannot read the private key %1</source>
        <translation>无法读取私钥 %1</translation>
    </message>
    <message>
        <source>The key %1 has no client certificate beside it</source>
        <translation>密钥 %1 旁边没有客户端证书</translation>
    </message>
    <message>
        <source>auth file of registry &quot;%1&quot;</source>
        <extracomment>%1 is the name of a configured registry</extracomment>
        <translation>镜像仓库“%1”的认证文件</translation>
    </message>
    <message>
        <source>not used: this file is consulted for %1 only</source>
        <extracomment>%1 is a registry host</extracomment>
        <translation>未使用：仅在访问 %1 时查阅此文件</translation>
    </message>
    <message>
        <source>the helper was not asked (cancelled)</source>
        <translation>未询问凭据助手（已取消）</translation>
    </message>
    <message>
        <source>credsStore of %1</source>
        <translation>%1 的 credsStore</translation>
    </message>
    <message>
        <source>credHelpers of %1</source>
        <translation>%1 的 credHelpers</translation>
    </message>
    <message>
        <source>%1 has no login for %2</source>
        <extracomment>%1 a helper program, %2 a registry host</extracomment>
        <translation>%1 中没有 %2 的登录信息</translation>
    </message>
    <message>
        <source>not used: %1 comes first</source>
        <extracomment>%1 is a file path or a helper program</extracomment>
        <translation>未使用：%1 优先</translation>
    </message>
    <message>
        <source>No such credential.</source>
        <translation>没有这样的凭据。</translation>
    </message>
    <message>
        <source>The secret is kept by %1; ask the helper for it.</source>
        <extracomment>%1 a helper program</extracomment>
        <translation>机密信息由 %1 保管，请向该凭据助手获取。</translation>
    </message>
    <message>
        <source>This entry has no secret.</source>
        <translation>此条目没有机密信息。</translation>
    </message>
    <message>
        <source>has a login for %1</source>
        <translation>有 %1 的登录信息</translation>
    </message>
    <message>
        <source>Cannot verify %1: unsupported digest algorithm</source>
        <translation>无法校验 %1：不支持的摘要算法</translation>
    </message>
    <message>
        <source>Another download of %1 into this store is in progress</source>
        <translation>另一个向此存储下载 %1 的任务正在进行</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <extracomment>%1 is a file name, %2 the system&apos;s reason</extracomment>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1: the registry sent more than the %2 bytes the manifest declares</source>
        <translation>%1：镜像仓库发送的数据超过了清单声明的 %2 字节</translation>
    </message>
    <message>
        <source>Cannot truncate %1: %2</source>
        <translation>无法截断 %1：%2</translation>
    </message>
    <message>
        <source>%1 is incomplete: %2 of %3 bytes</source>
        <translation>%1 不完整：%2/%3 字节</translation>
    </message>
    <message>
        <source>The blob %1 arrived with the digest %2: the bytes were changed in transit or by the registry; it was not stored</source>
        <translation>blob %1 到达时的摘要为 %2：数据在传输中或被镜像仓库修改，未予存储</translation>
    </message>
    <message>
        <source>Cannot move %1 into the store</source>
        <translation>无法将 %1 移入存储</translation>
    </message>
    <message>
        <source>Cannot create the image store at %1</source>
        <translation>无法在 %1 创建镜像存储</translation>
    </message>
    <message>
        <source>%1 is not an OCI index (%2); the store was written by something else or damaged</source>
        <translation>%1 不是 OCI 索引（%2）；该存储由其他程序写入或已损坏</translation>
    </message>
    <message>
        <source>The store has no blob %1</source>
        <translation>存储中没有 blob %1</translation>
    </message>
    <message>
        <source>The blob %1 is larger than expected</source>
        <translation>blob %1 比预期的大</translation>
    </message>
    <message>
        <source>The stored blob %1 does not match its digest; run garbage collection and pull again</source>
        <translation>已存储的 blob %1 与其摘要不符；请执行垃圾回收并重新拉取</translation>
    </message>
    <message>
        <source>The image store %1 is locked by another process</source>
        <translation>镜像存储 %1 已被另一个进程锁定</translation>
    </message>
    <message>
        <source>%1/s</source>
        <extracomment>A transfer rate, %1 is a size such as &quot;4.5 MiB&quot;</extracomment>
        <translation>%1/秒</translation>
    </message>
    <message>
        <source>less than a second</source>
        <translation>不到 1 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <extracomment>Time left, in seconds
----------
A duration in seconds with one decimal</extracomment>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <extracomment>Time left, minutes and seconds</extracomment>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <extracomment>Time left, hours and minutes</extracomment>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <extracomment>Bytes downloaded of the total, such as &quot;12.3 MiB of 40 MiB&quot;</extracomment>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Type a repository name</source>
        <translation>输入仓库名称</translation>
    </message>
    <message>
        <source>Pullscope has no network connection for registries.</source>
        <translation>Pullscope 没有用于镜像仓库的网络连接。</translation>
    </message>
    <message>
        <source>Tag</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>unavailable</source>
        <translation>不可用</translation>
    </message>
    <message>
        <source>downloading %1 of %2</source>
        <translation>下载 %2 的 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 of %3 bytes arrived; %4 (gave up after %n attempt(s))</source>
        <extracomment>%1 digest, %2 bytes received, %3 blob size, %4 the last error</extracomment>
        <translation>
            <numerusform>%1：已收到 %2/%3 字节；%4（尝试 %n 次后放弃）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (gave up after %n attempt(s))</source>
        <translation>
            <numerusform>%1（尝试 %n 次后放弃）</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: nested indexes are not supported</source>
        <translation>%1：不支持嵌套索引</translation>
    </message>
    <message>
        <source>Pulling %1 failed: %2</source>
        <translation>拉取 %1 失败：%2</translation>
    </message>
    <message>
        <source>%1 is a single-platform image for %2, not %3</source>
        <translation>%1 是适用于 %2 的单平台镜像，而非 %3</translation>
    </message>
    <message>
        <source>not a CredentialProviderConfig: the document is not a mapping</source>
        <translation>不是 CredentialProviderConfig：该文档不是映射</translation>
    </message>
    <message>
        <source>unable to read external registry credential provider configuration from %1: no such file or directory</source>
        <translation>无法从 %1 读取外部镜像仓库凭据提供程序配置：没有那个文件或目录</translation>
    </message>
    <message>
        <source>no credential provider configuration files (*.json, *.yaml, *.yml) found in directory %1</source>
        <translation>在目录 %1 中未找到凭据提供程序配置文件（*.json、*.yaml、*.yml）</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>invalid URL escape &quot;%1&quot;</source>
        <translation>无效的 URL 转义“%1”</translation>
    </message>
    <message>
        <source>invalid character &quot;%1&quot; in host name</source>
        <translation>主机名中有无效字符“%1”</translation>
    </message>
    <message>
        <source>invalid control character in URL</source>
        <translation>URL 中有无效的控制字符</translation>
    </message>
    <message>
        <source>invalid userinfo</source>
        <translation>无效的用户信息 (userinfo)</translation>
    </message>
    <message>
        <source>missing &apos;]&apos; in host</source>
        <translation>主机中缺少“]”</translation>
    </message>
    <message>
        <source>invalid port &quot;%1&quot; after host</source>
        <translation>主机后的端口“%1”无效</translation>
    </message>
    <message>
        <source>no port</source>
        <translation>无端口</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>端口 %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid URL: %2</source>
        <translation>“%1”不是有效的 URL：%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 but &quot;%3&quot; has %4</source>
        <translation>“%1”有 %2，但“%3”有 %4</translation>
    </message>
    <message>
        <source>%1 host labels vs %2: &quot;%3&quot; vs &quot;%4&quot;</source>
        <translation>%1 个主机标签对比 %2：“%3”对比“%4”</translation>
    </message>
    <message>
        <source>path &quot;%1&quot; does not start with &quot;%2&quot;</source>
        <translation>路径“%1”不以“%2”开头</translation>
    </message>
    <message>
        <source>host label pattern &quot;%1&quot; is malformed</source>
        <translation>主机标签模式“%1”格式错误</translation>
    </message>
    <message>
        <source>host label &quot;%1&quot; does not match &quot;%2&quot;</source>
        <translation>主机标签“%1”与“%2”不匹配</translation>
    </message>
    <message>
        <source>invalid JSON at byte %1: %2</source>
        <translation>第 %1 字节处的 JSON 无效：%2</translation>
    </message>
    <message>
        <source>type &quot;%1&quot; is neither %2 nor %3, so the kubelet ignores it</source>
        <translation>类型“%1”既不是 %2 也不是 %3，因此 kubelet 会忽略它</translation>
    </message>
    <message>
        <source> (it has a &quot;%1&quot; key: set type: %2)</source>
        <translation>（它有“%1”键：请设置 type: %2）</translation>
    </message>
    <message>
        <source>a %1 secret needs the key &quot;%2&quot;; it has %3</source>
        <translation>%1 类型的 Secret 需要键“%2”；它只有 %3</translation>
    </message>
    <message>
        <source>no keys</source>
        <translation>没有键</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; value is empty</source>
        <translation>“%1”的值为空</translation>
    </message>
    <message>
        <source>the &quot;%1&quot; JSON has no registries</source>
        <translation>“%1”JSON 中没有镜像仓库</translation>
    </message>
    <message>
        <source>the legacy .dockercfg format has no &quot;auths&quot; wrapper: the kubelet reads &quot;auths&quot; as a registry name; use type %1 with key %2 for config.json content</source>
        <translation>旧版 .dockercfg 格式没有“auths”外层：kubelet 会把“auths”当作镜像仓库名称；config.json 内容请使用类型 %1 和键 %2</translation>
    </message>
    <message>
        <source>its JSON has no &quot;auths&quot; object (this looks like legacy .dockercfg content: wrap it in {&quot;auths&quot;: ...} or use type %1 with key %2)</source>
        <translation>其 JSON 中没有“auths”对象（看起来是旧版 .dockercfg 内容：请用 {&quot;auths&quot;: ...} 包裹，或使用类型 %1 和键 %2）</translation>
    </message>
    <message>
        <source>its JSON has no &quot;auths&quot; object, so it gives no credentials</source>
        <translation>其 JSON 中没有“auths”对象，因此不提供任何凭据</translation>
    </message>
    <message>
        <source>its &quot;auths&quot; object is empty</source>
        <translation>其“auths”对象为空</translation>
    </message>
    <message>
        <source>%1: not found</source>
        <translation>%1：未找到</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: used (%n credential(s))</source>
        <translation>
            <numerusform>%1：已使用（%n 个凭据）</numerusform>
        </translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>匿名</translation>
    </message>
    <message>
        <source>the token is opaque (not a JWT); its scope cannot be read</source>
        <translation>该令牌是不透明的（不是 JWT）；无法读取其作用域</translation>
    </message>
    <message>
        <source>asked for %1, the token grants nothing</source>
        <extracomment>%1 the scope asked for</extracomment>
        <translation>请求了 %1，令牌未授予任何权限</translation>
    </message>
    <message>
        <source>asked for %1, the token grants %2</source>
        <translation>请求了 %1，令牌授予了 %2</translation>
    </message>
    <message>
        <source>let in</source>
        <translation>已放行</translation>
    </message>
    <message>
        <source>refused: the registry answered %1 Unauthorized to a request without credentials</source>
        <translation>已拒绝：镜像仓库对不带凭据的请求返回了 %1 Unauthorized</translation>
    </message>
    <message>
        <source>%1 may pull %2</source>
        <translation>%1 可以拉取 %2</translation>
    </message>
    <message>
        <source>anonymous pulls of %1 are allowed</source>
        <translation>允许匿名拉取 %1</translation>
    </message>
    <message>
        <source>the kubelet tries the refused credentials first on every pull</source>
        <translation>kubelet 每次拉取时都会先尝试被拒绝的凭据</translation>
    </message>
    <message>
        <source>the registry refuses anonymous pulls of %1 and no pull secret applies</source>
        <translation>镜像仓库拒绝匿名拉取 %1，且没有适用的拉取 Secret</translation>
    </message>
    <message>
        <source>every credential the kubelet tries is refused; an anonymous pull would work, but the kubelet never falls back to one</source>
        <translation>kubelet 尝试的所有凭据都被拒绝；匿名拉取本可成功，但 kubelet 从不回退到匿名拉取</translation>
    </message>
    <message>
        <source>every credential the kubelet tries for %1 is refused</source>
        <translation>kubelet 为 %1 尝试的所有凭据都被拒绝</translation>
    </message>
    <message>
        <source>no anonymous fallback once a credential matched (kuberuntime_image.go PullImage)</source>
        <translation>一旦有凭据匹配，就不会回退到匿名拉取（kuberuntime_image.go PullImage）</translation>
    </message>
    <message numerus="yes">
        <source>%n blob(s) present, %1 in all</source>
        <extracomment>%n blobs, %1 their total size</extracomment>
        <translation>
            <numerusform>存在 %n 个 blob，共 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>config</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>layer %1/%2</source>
        <translation>镜像层 %1/%2</translation>
    </message>
    <message>
        <source>checking the %1 blob %2</source>
        <extracomment>%1 &quot;config&quot; or &quot;layer 1/3&quot;, %2 the digest</extracomment>
        <translation>检查 blob %2（%1）</translation>
    </message>
    <message>
        <source>The registry lists the image but lost a blob it needs: push the image again.</source>
        <translation>镜像仓库列出了该镜像，但丢失了所需的 blob：请重新推送该镜像。</translation>
    </message>
    <message>
        <source>Make sure the node can download from the registry and any storage it redirects blob downloads to.</source>
        <translation>请确保节点可以从镜像仓库以及它重定向 blob 下载的任何存储下载内容。</translation>
    </message>
    <message>
        <source>Recreate secret %1 with kubectl, which writes valid .dockerconfigjson: %2</source>
        <extracomment>%1 the secret&apos;s name, %2 the parse error</extracomment>
        <translation>请使用 kubectl 重新创建 Secret %1，它会写入有效的 .dockerconfigjson：%2</translation>
    </message>
    <message>
        <source>The registry refuses user &quot;%2&quot; of secret %1: recreate the secret with the right password for %3.</source>
        <extracomment>%1 secret name, %2 user name, %3 registry</extracomment>
        <translation>镜像仓库拒绝了 Secret %1 中的用户“%2”：请使用 %3 的正确密码重新创建该 Secret。</translation>
    </message>
    <message>
        <source>The image is public, so removing the secret from the pod also works: the kubelet never falls back to anonymous once a credential matched.</source>
        <translation>该镜像是公开的，因此从 Pod 中移除该 Secret 也可以：一旦有凭据匹配，kubelet 就不会回退到匿名拉取。</translation>
    </message>
    <message>
        <source>The registry refuses %1: correct the credentials for %2 there.</source>
        <extracomment>%1 where the credential is, %2 registry</extracomment>
        <translation>镜像仓库拒绝了 %1：请在那里更正 %2 的凭据。</translation>
    </message>
    <message>
        <source>Secret %1 is ignored by the kubelet (%2): recreate it as a docker-registry secret for %3.</source>
        <extracomment>%1 secret name, %2 why the kubelet ignores it, %3 registry</extracomment>
        <translation>kubelet 忽略了 Secret %1（%2）：请将其重新创建为 %3 的 docker-registry Secret。</translation>
    </message>
    <message>
        <source>Secret %1 holds credentials for %2, which do not match %3: recreate it with --docker-server=%4.</source>
        <extracomment>%1 secret name, %2 its keys, %3 registry</extracomment>
        <translation>Secret %1 包含 %2 的凭据，与 %3 不匹配：请使用 --docker-server=%4 重新创建它。</translation>
    </message>
    <message>
        <source>Create secret %1, which the pod names, with the credentials for %2.</source>
        <translation>请使用 %2 的凭据创建 Pod 所引用的 Secret %1。</translation>
    </message>
    <message>
        <source>Create a pull secret for %1, then list it in the pod&apos;s imagePullSecrets (the YAML fix) or in ServiceAccount %2&apos;s, which pods created afterwards receive.</source>
        <translation>请为 %1 创建一个拉取 Secret，然后将其列入 Pod 的 imagePullSecrets（YAML 修复）或 ServiceAccount %2 的 imagePullSecrets（之后创建的 Pod 会获得它）。</translation>
    </message>
    <message>
        <source>Create a pull secret for %1 and add it to the pod&apos;s imagePullSecrets.</source>
        <translation>请为 %1 创建一个拉取 Secret，并将其添加到 Pod 的 imagePullSecrets 中。</translation>
    </message>
    <message>
        <source>key %1 of %2 (user %3)</source>
        <translation>%2 的键 %1（用户 %3）</translation>
    </message>
    <message>
        <source>%1 matches %2</source>
        <translation>%1 匹配 %2</translation>
    </message>
    <message>
        <source>%1 does not match %2: %3</source>
        <translation>%1 与 %2 不匹配：%3</translation>
    </message>
    <message>
        <source>the pod lists imagePullSecrets: %1</source>
        <translation>Pod 列出了 imagePullSecrets：%1</translation>
    </message>
    <message>
        <source>ServiceAccount %1&apos;s imagePullSecrets (%2) are not added: the pod lists its own, and injection is all or nothing</source>
        <translation>不会添加 ServiceAccount %1 的 imagePullSecrets（%2）：Pod 列出了自己的，而注入是全有或全无的</translation>
    </message>
    <message>
        <source>the pod lists no imagePullSecrets and ServiceAccount admission is off on this cluster</source>
        <translation>Pod 未列出 imagePullSecrets，且此集群关闭了 ServiceAccount 准入</translation>
    </message>
    <message>
        <source>the pod lists no imagePullSecrets; ServiceAccount %1 is not in the files, so any secrets it would add are unknown</source>
        <translation>Pod 未列出 imagePullSecrets；ServiceAccount %1 不在文件中，因此不知道它会添加哪些 Secret</translation>
    </message>
    <message>
        <source>the pod lists no imagePullSecrets and ServiceAccount %1 has none</source>
        <translation>Pod 未列出 imagePullSecrets，ServiceAccount %1 也没有</translation>
    </message>
    <message>
        <source>the pod lists no imagePullSecrets, so ServiceAccount admission copies %1&apos;s: %2</source>
        <translation>Pod 未列出 imagePullSecrets，因此 ServiceAccount 准入会复制 %1 的：%2</translation>
    </message>
    <message>
        <source>secret %1 is not in the files: the kubelet skips it and pulls with the others (Warning FailedToRetrieveImagePullSecret)</source>
        <translation>Secret %1 不在文件中：kubelet 会跳过它并使用其他 Secret 拉取（Warning FailedToRetrieveImagePullSecret）</translation>
    </message>
    <message>
        <source>a secret of that name is in namespace %1, but pull secrets must be in the pod&apos;s namespace</source>
        <translation>命名空间 %1 中有同名 Secret，但拉取 Secret 必须位于 Pod 的命名空间中</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>secret %1 (%2): type %3, keys %4</source>
        <extracomment>%1 the secret, %2 its type, %3 its data keys</extracomment>
        <translation>Secret %1（%2）：类型 %3，键 %4</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>✗ it does not parse: %1; the kubelet&apos;s credential lookup fails for every image of the pod</source>
        <translation>✗ 无法解析：%1；kubelet 对该 Pod 每个镜像的凭据查找都会失败</translation>
    </message>
    <message>
        <source>ignored by the kubelet: %1</source>
        <translation>被 kubelet 忽略：%1</translation>
    </message>
    <message>
        <source>entry %1 is skipped: %2</source>
        <translation>跳过条目 %1：%2</translation>
    </message>
    <message>
        <source>%1: not readable (%2)</source>
        <translation>%1：无法读取（%2）</translation>
    </message>
    <message>
        <source>%1: skipped: %2</source>
        <translation>%1：已跳过：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n credential(s)</source>
        <translation>
            <numerusform>%1：%n 个凭据</numerusform>
        </translation>
    </message>
    <message>
        <source>the node has no docker config file</source>
        <translation>节点没有 Docker 配置文件</translation>
    </message>
    <message>
        <source>credential provider config: %1</source>
        <translation>凭据提供程序配置：%1</translation>
    </message>
    <message>
        <source>%1 (matchImages %2) runs for this image; its credentials are tried after the ones above, and the diagnosis does not run it</source>
        <extracomment>%1 &apos;provider &quot;name&quot;&apos;, %2 its matchImages</extracomment>
        <translation>%1（matchImages %2）会为此镜像运行；其凭据在上述凭据之后尝试，诊断不会运行它</translation>
    </message>
    <message>
        <source>%1 does not run for %2: %3</source>
        <translation>%1 不会为 %2 运行：%3</translation>
    </message>
    <message>
        <source>the Docker Hub fallback: no key matched and %1 is a Docker Hub image</source>
        <translation>Docker Hub 回退：没有匹配的键，且 %1 是 Docker Hub 镜像</translation>
    </message>
    <message>
        <source>key %1 matches</source>
        <translation>键 %1 匹配</translation>
    </message>
    <message>
        <source>%1 applies through the Docker Hub fallback (key %2)</source>
        <translation>%1 通过 Docker Hub 回退生效（键 %2）</translation>
    </message>
    <message>
        <source>no credential applies: the kubelet pulls anonymously</source>
        <translation>没有适用的凭据：kubelet 以匿名方式拉取</translation>
    </message>
    <message>
        <source>no secret or node file credential applies: the plugins&apos; answer decides, anonymous when it is empty</source>
        <translation>没有适用的 Secret 或节点文件凭据：由插件的应答决定，为空时匿名拉取</translation>
    </message>
    <message>
        <source>tried in this order: %1</source>
        <translation>按此顺序尝试：%1</translation>
    </message>
    <message>
        <source>once a credential matched there is no anonymous fallback</source>
        <translation>一旦有凭据匹配，就不会回退到匿名拉取</translation>
    </message>
    <message>
        <source>a pull secret does not parse, so the kubelet&apos;s credential lookup fails</source>
        <translation>有拉取 Secret 无法解析，因此 kubelet 的凭据查找失败</translation>
    </message>
    <message>
        <source>missing: %1</source>
        <translation>缺失：%1</translation>
    </message>
    <message>
        <source>ignored: %1</source>
        <translation>已忽略：%1</translation>
    </message>
    <message>
        <source>no key matches %1</source>
        <translation>没有与 %1 匹配的键</translation>
    </message>
    <message>
        <source>%1; the pull goes %2</source>
        <translation>%1；拉取%2</translation>
    </message>
    <message>
        <source>out anonymously</source>
        <translation>以匿名方式进行</translation>
    </message>
    <message>
        <source>out with the rest</source>
        <translation>使用其余凭据进行</translation>
    </message>
    <message>
        <source>none: the pull is anonymous</source>
        <translation>无：匿名拉取</translation>
    </message>
    <message numerus="yes">
        <source>%n credential(s) will be tried</source>
        <translation>
            <numerusform>将尝试 %n 个凭据</numerusform>
        </translation>
    </message>
    <message>
        <source>The image reference parses</source>
        <translation>镜像引用可以解析</translation>
    </message>
    <message>
        <source>The pull policy</source>
        <translation>拉取策略</translation>
    </message>
    <message>
        <source>The image on the node</source>
        <translation>节点上的镜像</translation>
    </message>
    <message>
        <source>The credentials that apply</source>
        <translation>适用的凭据</translation>
    </message>
    <message>
        <source>The registry is reachable</source>
        <translation>镜像仓库可访问</translation>
    </message>
    <message>
        <source>The registry lets this pod pull</source>
        <translation>镜像仓库允许此 Pod 拉取</translation>
    </message>
    <message>
        <source>The tag exists</source>
        <translation>标签存在</translation>
    </message>
    <message>
        <source>The image has the node&apos;s platform</source>
        <translation>镜像包含节点的平台</translation>
    </message>
    <message>
        <source>The layers can be fetched</source>
        <translation>镜像层可以获取</translation>
    </message>
    <message>
        <source>key &quot;%1&quot; of a plugin&apos;s answer matches</source>
        <translation>插件应答中的键“%1”匹配</translation>
    </message>
    <message>
        <source>%1 key &quot;%2&quot; (user &quot;%3&quot;) applies</source>
        <translation>%1 的键“%2”（用户“%3”）生效</translation>
    </message>
    <message>
        <source>%1 failed, so it adds nothing: %2</source>
        <translation>%1 失败，因此不提供任何凭据：%2</translation>
    </message>
    <message numerus="yes">
        <source>%1 answered with %n credential(s)</source>
        <translation>
            <numerusform>%1 返回了 %n 个凭据</numerusform>
        </translation>
    </message>
    <message>
        <source>not needed: the kubelet does not contact the registry (%1)</source>
        <translation>不需要：kubelet 不会联系镜像仓库（%1）</translation>
    </message>
    <message>
        <source>Use a tag that exists: %1 is the nearest (of %2).</source>
        <extracomment>%1 the nearest tag, %2 all suggested tags</extracomment>
        <translation>请使用存在的标签：%1 最接近（候选：%2）。</translation>
    </message>
    <message>
        <source>Check the repository and tag: the registry has no %1.</source>
        <translation>请检查仓库和标签：镜像仓库中没有 %1。</translation>
    </message>
    <message>
        <source>not reached: &quot;%1&quot; failed</source>
        <extracomment>%1 the title of the step that failed</extracomment>
        <translation>未执行：“%1”失败</translation>
    </message>
    <message>
        <source>not needed: the kubelet does not contact the registry</source>
        <translation>不需要：kubelet 不会联系镜像仓库</translation>
    </message>
    <message>
        <source>the diagnosis was cancelled</source>
        <translation>诊断已取消</translation>
    </message>
    <message>
        <source>no Pod or workload with a pod template found</source>
        <translation>未找到 Pod 或带有 Pod 模板的工作负载</translation>
    </message>
    <message>
        <source>several pods found (%1): choose one with --pod</source>
        <extracomment>%1 the objects, comma-separated</extracomment>
        <translation>找到多个 Pod（%1）：请用 --pod 选择一个</translation>
    </message>
    <message>
        <source>no pod named &quot;%1&quot;; found %2</source>
        <extracomment>%1 the name asked for, %2 the objects found</extracomment>
        <translation>没有名为“%1”的 Pod；找到了 %2</translation>
    </message>
    <message>
        <source>%1 has no containers</source>
        <translation>%1 没有容器</translation>
    </message>
    <message>
        <source>%1 has no container &quot;%2&quot;; it has %3</source>
        <translation>%1 没有容器“%2”；它有 %3</translation>
    </message>
    <message>
        <source>The digest exists</source>
        <translation>摘要存在</translation>
    </message>
    <message>
        <source>%1 is %2</source>
        <extracomment>%1 the reference, %2 its digest</extracomment>
        <translation>%1 即 %2</translation>
    </message>
    <message>
        <source>media type: %1 (%2)</source>
        <translation>媒体类型：%1（%2）</translation>
    </message>
    <message>
        <source>the tags could not be listed: %1</source>
        <translation>无法列出标签：%1</translation>
    </message>
    <message>
        <source>the repository has no tags</source>
        <translation>该仓库没有标签</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) in %1</source>
        <extracomment>%n how many tags, %1 the repository</extracomment>
        <translation>
            <numerusform>%1 中有 %n 个标签</numerusform>
        </translation>
    </message>
    <message>
        <source>nearest existing tags: %1</source>
        <extracomment>%1 comma-separated tags</extracomment>
        <translation>最接近的现有标签：%1</translation>
    </message>
    <message>
        <source>the index offers %1</source>
        <extracomment>%1 comma-separated platforms</extracomment>
        <translation>索引提供 %1</translation>
    </message>
    <message>
        <source>the node (%1) runs %2, %3</source>
        <extracomment>%1 the node&apos;s platform, %2 the chosen entry&apos;s platform, %3 its digest</extracomment>
        <translation>节点（%1）运行 %2，%3</translation>
    </message>
    <message>
        <source>(no platform)</source>
        <translation>（无平台）</translation>
    </message>
    <message>
        <source>the index entry for the node is not an image manifest</source>
        <translation>索引中对应该节点的条目不是镜像清单</translation>
    </message>
    <message>
        <source>a single-platform image for %1</source>
        <translation>%1 的单平台镜像</translation>
    </message>
    <message>
        <source>%1 is built for %2 only; the node is %3</source>
        <translation>%1 仅为 %2 构建；节点为 %3</translation>
    </message>
    <message>
        <source>the node (%1) runs %2</source>
        <translation>节点（%1）运行 %2</translation>
    </message>
    <message>
        <source>Run the pod on a node of a platform the image has (%2), for example with a nodeSelector on kubernetes.io/arch, or publish the image for %1.</source>
        <extracomment>%1 the node&apos;s platform, %2 the platforms the image has</extracomment>
        <translation>请在镜像所支持平台（%2）的节点上运行该 Pod，例如使用 kubernetes.io/arch 的 nodeSelector，或为 %1 发布该镜像。</translation>
    </message>
    <message>
        <source>Set the image to %1</source>
        <extracomment>%1 the new image reference</extracomment>
        <translation>将镜像设为 %1</translation>
    </message>
    <message>
        <source>Set imagePullPolicy to %1</source>
        <extracomment>%1 Always, IfNotPresent or Never</extracomment>
        <translation>将 imagePullPolicy 设为 %1</translation>
    </message>
    <message>
        <source>Add %1 to imagePullSecrets</source>
        <extracomment>%1 the secret&apos;s name</extracomment>
        <translation>将 %1 添加到 imagePullSecrets</translation>
    </message>
    <message>
        <source>written at %1; the API server rejects the object</source>
        <translation>写于 %1；API 服务器会拒绝该对象</translation>
    </message>
    <message>
        <source>Write imagePullPolicy as Always, IfNotPresent or Never.</source>
        <translation>请将 imagePullPolicy 写为 Always、IfNotPresent 或 Never。</translation>
    </message>
    <message>
        <source>%1, as written</source>
        <extracomment>%1 the policy, %2 file:line</extracomment>
        <translation>%1，按所写</translation>
    </message>
    <message>
        <source>imagePullPolicy: %1 at %2</source>
        <translation>imagePullPolicy: %1，位于 %2</translation>
    </message>
    <message>
        <source>the image does not parse, so the default is IfNotPresent</source>
        <translation>镜像无法解析，因此默认值为 IfNotPresent</translation>
    </message>
    <message>
        <source>no tag or digest means the tag &quot;latest&quot;, and &quot;latest&quot; means Always</source>
        <translation>没有标签或摘要即表示标签“latest”，而“latest”意味着 Always</translation>
    </message>
    <message>
        <source>the tag is &quot;latest&quot;</source>
        <translation>标签为“latest”</translation>
    </message>
    <message>
        <source>pinned by digest, no tag</source>
        <translation>按摘要固定，没有标签</translation>
    </message>
    <message>
        <source>the tag &quot;%1&quot; is not &quot;latest&quot;</source>
        <translation>标签“%1”不是“latest”</translation>
    </message>
    <message>
        <source>%1, defaulted by the API server: %2</source>
        <extracomment>%1 the policy, %2 the reason</extracomment>
        <translation>%1，由 API 服务器默认设置：%2</translation>
    </message>
    <message>
        <source>imagePullPolicy is not written; SetDefaults_Container fills it in when the object is created</source>
        <translation>未写 imagePullPolicy；创建对象时由 SetDefaults_Container 填入</translation>
    </message>
    <message>
        <source>the AlwaysPullImages admission plugin changes %1 to Always</source>
        <translation>AlwaysPullImages 准入插件会将 %1 改为 Always</translation>
    </message>
    <message>
        <source>Always, forced by the AlwaysPullImages admission plugin</source>
        <translation>Always，由 AlwaysPullImages 准入插件强制</translation>
    </message>
    <message>
        <source>Always: the kubelet pulls on every container start, even when the image is on the node</source>
        <translation>Always：kubelet 在每次容器启动时都会拉取，即使镜像已在节点上</translation>
    </message>
    <message>
        <source>IfNotPresent: the kubelet pulls only when the image is not on the node</source>
        <translation>IfNotPresent：仅当镜像不在节点上时 kubelet 才拉取</translation>
    </message>
    <message>
        <source>Never: the kubelet never pulls; the image must be on the node</source>
        <translation>Never：kubelet 从不拉取；镜像必须已在节点上</translation>
    </message>
    <message>
        <source>the node profile names no image store: no image is present</source>
        <translation>节点配置未指定镜像存储：没有任何镜像</translation>
    </message>
    <message>
        <source>the node&apos;s image store %1 is empty</source>
        <translation>节点的镜像存储 %1 为空</translation>
    </message>
    <message>
        <source>%1 is in the node&apos;s store %3 (%2)</source>
        <extracomment>%1 reference, %2 digest, %3 store folder</extracomment>
        <translation>%1 位于节点的存储 %3 中（%2）</translation>
    </message>
    <message>
        <source>it was pulled by Pullscope (as the kubelet pulls)</source>
        <translation>它由 Pullscope 拉取（与 kubelet 的拉取方式相同）</translation>
    </message>
    <message>
        <source>it was preloaded (not pulled by the kubelet)</source>
        <translation>它是预加载的（不是由 kubelet 拉取的）</translation>
    </message>
    <message>
        <source>%1 is not in the node&apos;s store %2</source>
        <translation>%1 不在节点的存储 %2 中</translation>
    </message>
    <message>
        <source>not consulted: Always pulls whether the image is present or not</source>
        <translation>未查询：无论镜像是否存在，Always 都会拉取</translation>
    </message>
    <message>
        <source>Repair or remove the node&apos;s image store %1.</source>
        <translation>请修复或删除节点的镜像存储 %1。</translation>
    </message>
    <message>
        <source>KubeletEnsureSecretPulledImages is on (policy %1): this pod must prove it may pull the image, unless its credentials match those recorded at the pull</source>
        <translation>KubeletEnsureSecretPulledImages 已开启（策略 %1）：此 Pod 必须证明它有权拉取该镜像，除非其凭据与拉取时记录的凭据一致</translation>
    </message>
    <message>
        <source>KubeletEnsureSecretPulledImages is on, but policy %1 does not verify this image</source>
        <translation>KubeletEnsureSecretPulledImages 已开启，但策略 %1 不会验证此镜像</translation>
    </message>
    <message>
        <source>Let the kubelet pull it (imagePullPolicy: IfNotPresent), or load the image onto the node first.</source>
        <translation>让 kubelet 拉取它（imagePullPolicy: IfNotPresent），或先将镜像加载到节点上。</translation>
    </message>
    <message>
        <source>present, but ErrImageNeverPull unless this pod&apos;s credentials match those the image was pulled with</source>
        <translation>存在，但除非此 Pod 的凭据与拉取该镜像时使用的凭据一致，否则为 ErrImageNeverPull</translation>
    </message>
    <message>
        <source>not present: the kubelet pulls it</source>
        <translation>不存在：kubelet 会拉取它</translation>
    </message>
    <message>
        <source>present, but the kubelet pulls again with this pod&apos;s credentials to verify them</source>
        <translation>存在，但 kubelet 会使用此 Pod 的凭据重新拉取以验证它们</translation>
    </message>
    <message>
        <source>user &quot;%1&quot; from %2 (key &quot;%3&quot;)</source>
        <extracomment>%1 user name, %2 where the credential is (a secret, a node file), %3 the keyring key</extracomment>
        <translation>来自 %2 的用户“%1”（键“%3”）</translation>
    </message>
    <message>
        <source>%1 is served by %2</source>
        <extracomment>%1 the reference&apos;s registry (docker.io), %2 the host actually contacted</extracomment>
        <translation>%1 由 %2 提供服务</translation>
    </message>
    <message>
        <source>TLS: certificate verification is off for %1</source>
        <translation>TLS：%1 的证书验证已关闭</translation>
    </message>
    <message>
        <source>TLS: %1</source>
        <translation>TLS：%1</translation>
    </message>
    <message>
        <source>TLS: the system&apos;s trusted CAs (no extra CA file for %1)</source>
        <translation>TLS：系统信任的 CA（没有用于 %1 的额外 CA 文件）</translation>
    </message>
    <message>
        <source>TLS: the system&apos;s trusted CAs plus %1</source>
        <extracomment>%1 CA files, comma-separated</extracomment>
        <translation>TLS：系统信任的 CA 以及 %1</translation>
    </message>
    <message>
        <source>certs.d folders consulted: %1</source>
        <translation>查阅的 certs.d 文件夹：%1</translation>
    </message>
    <message>
        <source>client certificate: %1</source>
        <translation>客户端证书：%1</translation>
    </message>
    <message>
        <source>error class: %1</source>
        <translation>错误类别：%1</translation>
    </message>
    <message>
        <source>%1 answered</source>
        <extracomment>%1 URL of the registry API root</extracomment>
        <translation>%1 已响应</translation>
    </message>
    <message>
        <source>plain HTTP: allowed for loopback registries and those marked insecure</source>
        <translation>纯 HTTP：允许用于回环地址的镜像仓库和标记为不安全的镜像仓库</translation>
    </message>
    <message>
        <source>asks for a bearer token from %1 (service &quot;%2&quot;)</source>
        <extracomment>%1 token server URL, %2 service name</extracomment>
        <translation>要求从 %1 获取 Bearer 令牌（服务“%2”）</translation>
    </message>
    <message>
        <source>asks for HTTP Basic authentication</source>
        <translation>要求 HTTP Basic 认证</translation>
    </message>
    <message>
        <source>asks for no authentication</source>
        <translation>不要求认证</translation>
    </message>
    <message>
        <source>Make %1 resolvable from the node (its DNS servers in /etc/resolv.conf), or correct the registry name in the image.</source>
        <translation>请确保节点能解析 %1（其 DNS 服务器位于 /etc/resolv.conf），或更正镜像中的镜像仓库名称。</translation>
    </message>
    <message>
        <source>Give the node&apos;s container runtime the CA that signed %1&apos;s certificate (or fix the certificate).</source>
        <translation>请为节点的容器运行时提供签发 %1 证书的 CA（或修复该证书）。</translation>
    </message>
    <message>
        <source>Make %1 reachable from the node: the registry must be running and no firewall or proxy (HTTPS_PROXY / NO_PROXY of the container runtime&apos;s service) may stand in the way.</source>
        <translation>请确保节点能访问 %1：镜像仓库必须正在运行，且不能有防火墙或代理（容器运行时服务的 HTTPS_PROXY / NO_PROXY）阻挡。</translation>
    </message>
    <message>
        <source>image: %1 (%2)</source>
        <translation>镜像：%1（%2）</translation>
    </message>
    <message>
        <source>the API server rejects a container without an image</source>
        <translation>API 服务器会拒绝没有镜像的容器</translation>
    </message>
    <message>
        <source>Write the image to run, [registry/]repository[:tag][@digest].</source>
        <translation>请写出要运行的镜像，格式为 [registry/]repository[:tag][@digest]。</translation>
    </message>
    <message>
        <source>the API server accepts any non-empty image; the kubelet rejects it on every sync, without backoff</source>
        <translation>API 服务器接受任何非空镜像；kubelet 会在每次同步时拒绝它，且不退避</translation>
    </message>
    <message>
        <source>Write the image as %1.</source>
        <extracomment>%1 a corrected image reference</extracomment>
        <translation>请将镜像写为 %1。</translation>
    </message>
    <message>
        <source>Write the image as [registry/]repository[:tag][@digest]: a lower-case repository, no scheme, a tag of letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>请将镜像写为 [registry/]repository[:tag][@digest]：仓库名使用小写，不带协议，标签由字母、数字、“_”、“.”和“-”组成。</translation>
    </message>
    <message>
        <source>no tag or digest: the kubelet asks the runtime for %1</source>
        <translation>没有标签或摘要：kubelet 会向运行时请求 %1</translation>
    </message>
    <message>
        <source>tag and digest: the runtime pulls by the digest, the tag is only a label</source>
        <translation>标签和摘要：运行时按摘要拉取，标签只是一个标记</translation>
    </message>
    <message>
        <source>credentials are looked up for %1 (the repository without tag or digest)</source>
        <extracomment>%1 the normalized repository</extracomment>
        <translation>为 %1（不含标签或摘要的仓库）查找凭据</translation>
    </message>
    <message>
        <source>%1 (init)</source>
        <extracomment>A container in the form view; %1 is its name</extracomment>
        <translation>%1（init）</translation>
    </message>
    <message>
        <source>%1 (ephemeral)</source>
        <extracomment>A container in the form view; %1 is its name</extracomment>
        <translation>%1（临时）</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <extracomment>Pull policy not written in the file; %1 is what the API server fills in</extracomment>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>Object</source>
        <extracomment>Column of the containers table: the Kubernetes object, such as Deployment/api
----------
Column of the Problems list: the Kubernetes object, such as Pod/web</extracomment>
        <translation>对象</translation>
    </message>
    <message>
        <source>Container</source>
        <extracomment>Column of the containers table</extracomment>
        <translation>容器</translation>
    </message>
    <message>
        <source>Image</source>
        <extracomment>Column of the containers table</extracomment>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Pull Policy</source>
        <extracomment>Column of the containers table: imagePullPolicy</extracomment>
        <translation>拉取策略</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>检查项</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>结论</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Problem</source>
        <extracomment>Column of the Problems list: what is wrong</extracomment>
        <translation>问题</translation>
    </message>
    <message>
        <source>Location</source>
        <extracomment>Column of the Problems list: file, line and column</extracomment>
        <translation>位置</translation>
    </message>
    <message>
        <source>Rule</source>
        <extracomment>Column of the Problems list: the lint rule&apos;s id</extracomment>
        <translation>规则</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>Pod</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Pulls</source>
        <extracomment>Column: how many times the kubelet asked the runtime to pull</extracomment>
        <translation>拉取次数</translation>
    </message>
    <message>
        <source>Next retry</source>
        <translation>下次重试</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>due</source>
        <extracomment>The backoff window has ended; the retry happens with the next pod sync</extracomment>
        <translation>已到期</translation>
    </message>
    <message>
        <source>in %1</source>
        <extracomment>%1 is a duration such as 17s or 4m10s</extracomment>
        <translation>%1 后</translation>
    </message>
    <message>
        <source>%1 (key %2)  user %3  password %4</source>
        <extracomment>%1 server as written, %2 kubelet keyring key, %3 user, %4 password or mask</extracomment>
        <translation>%1（键 %2）  用户 %3  密码 %4</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>  email %1</source>
        <translation>  电子邮件 %1</translation>
    </message>
    <message>
        <source>Set imagePullPolicy: %1</source>
        <extracomment>%1 is Always, IfNotPresent or Never (not translated)</extracomment>
        <translation>设置 imagePullPolicy: %1</translation>
    </message>
    <message>
        <source>Pin to the digest the registry serves now</source>
        <translation>固定到镜像仓库当前提供的摘要</translation>
    </message>
    <message>
        <source>The kubelet cannot parse this image and the container will wait with InvalidImageName: %1</source>
        <extracomment>%1 is the kubelet&apos;s own (English) parse error; InvalidImageName is the container&apos;s waiting reason (not translated)</extracomment>
        <translation>kubelet 无法解析此镜像，容器将以 InvalidImageName 状态等待：%1</translation>
    </message>
    <message>
        <source>imagePullPolicy is Never: the kubelet never pulls %1, so the container starts only on nodes that already have it (ErrImageNeverPull elsewhere)</source>
        <extracomment>%1 is an image; ErrImageNeverPull is a kubelet reason (not translated)</extracomment>
        <translation>imagePullPolicy 为 Never：kubelet 从不拉取 %1，因此容器只能在已有该镜像的节点上启动（其他节点上为 ErrImageNeverPull）</translation>
    </message>
    <message>
        <source>%1 has both the tag latest and a digest: the API server looks at the tag only and defaults imagePullPolicy to Always, so every container start asks the registry</source>
        <extracomment>%1 is an image</extracomment>
        <translation>%1 同时有标签 latest 和摘要：API 服务器只看标签，将 imagePullPolicy 默认设为 Always，因此每次容器启动都会询问镜像仓库</translation>
    </message>
    <message>
        <source>%1 uses the tag latest: imagePullPolicy defaults to Always, so every container start asks the registry (and fails when it cannot be reached), and nodes may run different images</source>
        <translation>%1 使用标签 latest：imagePullPolicy 默认为 Always，因此每次容器启动都会询问镜像仓库（无法访问时会失败），且各节点可能运行不同的镜像</translation>
    </message>
    <message>
        <source>%1 has no tag, so it means latest: imagePullPolicy defaults to Always, so every container start asks the registry (and fails when it cannot be reached), and nodes may run different images</source>
        <translation>%1 没有标签，因此表示 latest：imagePullPolicy 默认为 Always，因此每次容器启动都会询问镜像仓库（无法访问时会失败），且各节点可能运行不同的镜像</translation>
    </message>
    <message>
        <source>%1 names the tag %2, which can be moved to other content; a digest pins exactly what runs</source>
        <extracomment>%1 is an image, %2 its tag</extracomment>
        <translation>%1 使用标签 %2，该标签可能被移到其他内容上；摘要能精确固定运行的内容</translation>
    </message>
    <message>
        <source>No node has kubernetes.io/arch=%1: nodes are labelled with Go&apos;s architecture names (amd64, arm64, arm, ...)</source>
        <translation>没有节点具有 kubernetes.io/arch=%1：节点使用 Go 的架构名称作为标签（amd64、arm64、arm 等）</translation>
    </message>
    <message>
        <source>No node has kubernetes.io/arch=%1: nodes are labelled with Go&apos;s architecture names; did you mean %2?</source>
        <translation>没有节点具有 kubernetes.io/arch=%1：节点使用 Go 的架构名称作为标签；您是否是指 %2？</translation>
    </message>
    <message>
        <source>No node has kubernetes.io/os=%1: labels are case-sensitive; did you mean %2?</source>
        <translation>没有节点具有 kubernetes.io/os=%1：标签区分大小写；您是否是指 %2？</translation>
    </message>
    <message>
        <source>No node has kubernetes.io/os=%1: nodes are labelled with Go&apos;s names (linux, windows)</source>
        <translation>没有节点具有 kubernetes.io/os=%1：节点使用 Go 的名称作为标签（linux、windows）</translation>
    </message>
    <message>
        <source>The file is not valid YAML</source>
        <translation>该文件不是有效的 YAML</translation>
    </message>
    <message>
        <source>A container has no image</source>
        <translation>某个容器没有镜像</translation>
    </message>
    <message>
        <source>An image has leading or trailing white space</source>
        <translation>某个镜像的开头或结尾有空白字符</translation>
    </message>
    <message>
        <source>A pull policy is not Always, IfNotPresent or Never</source>
        <translation>某个拉取策略不是 Always、IfNotPresent 或 Never</translation>
    </message>
    <message>
        <source>A Secret&apos;s data is not base64</source>
        <translation>某个 Secret 的数据不是 base64</translation>
    </message>
    <message>
        <source>A docker config Secret lacks the key its type requires</source>
        <translation>某个 Docker 配置 Secret 缺少其类型所需的键</translation>
    </message>
    <message>
        <source>A docker config Secret does not hold a JSON object</source>
        <translation>某个 Docker 配置 Secret 不包含 JSON 对象</translation>
    </message>
    <message>
        <source>A pull secret is not one its enforcing ServiceAccount allows</source>
        <translation>某个拉取 Secret 不在强制执行的 ServiceAccount 所允许的范围内</translation>
    </message>
    <message>
        <source>The kubelet cannot parse an image name (InvalidImageName)</source>
        <translation>kubelet 无法解析某个镜像名称（InvalidImageName）</translation>
    </message>
    <message>
        <source>No tag or the tag latest makes the pull policy Always</source>
        <translation>没有标签或使用标签 latest 会使拉取策略变为 Always</translation>
    </message>
    <message>
        <source>A tag could be pinned by digest</source>
        <translation>某个标签可以按摘要固定</translation>
    </message>
    <message>
        <source>imagePullPolicy Never: the image must already be on the node</source>
        <translation>imagePullPolicy Never：镜像必须已在节点上</translation>
    </message>
    <message>
        <source>A node selector names an architecture or OS no node reports</source>
        <translation>某个节点选择器指定了没有任何节点报告的架构或操作系统</translation>
    </message>
    <message>
        <source>A pull secret is not in the workspace</source>
        <translation>某个拉取 Secret 不在工作区中</translation>
    </message>
    <message>
        <source>A pull secret exists only in another namespace</source>
        <translation>某个拉取 Secret 只存在于其他命名空间</translation>
    </message>
    <message>
        <source>A pull secret&apos;s type makes the kubelet ignore it</source>
        <translation>某个拉取 Secret 的类型导致 kubelet 忽略它</translation>
    </message>
    <message>
        <source>A pull secret&apos;s content gives the kubelet no credentials</source>
        <translation>某个拉取 Secret 的内容无法为 kubelet 提供凭据</translation>
    </message>
    <message>
        <source>A pull secret&apos;s registry key never matches the image</source>
        <translation>某个拉取 Secret 的镜像仓库键永远不会匹配该镜像</translation>
    </message>
    <message>
        <source>registry-1.docker.io never matches Docker Hub images</source>
        <translation>registry-1.docker.io 永远不会匹配 Docker Hub 镜像</translation>
    </message>
    <message>
        <source>A pod&apos;s own pull secrets hide its ServiceAccount&apos;s</source>
        <translation>Pod 自己的拉取 Secret 会遮蔽其 ServiceAccount 的拉取 Secret</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <extracomment>%1 is the YAML parser&apos;s own (English) message</extracomment>
        <translation>YAML 语法错误：%1</translation>
    </message>
    <message>
        <source>%1: no such file or folder</source>
        <extracomment>%1 is a file or folder name</extracomment>
        <translation>%1：没有该文件或文件夹</translation>
    </message>
    <message>
        <source>Create Secret &quot;%1&quot; in this file</source>
        <extracomment>%1 is a Secret name</extracomment>
        <translation>在此文件中创建 Secret“%1”</translation>
    </message>
    <message>
        <source>Create the Secret in a new file %1</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>在新文件 %1 中创建该 Secret</translation>
    </message>
    <message>
        <source>Secret &quot;%1&quot; is in namespace %2, not %3: pull secrets are read from the pod&apos;s own namespace, so the kubelet pulls without it</source>
        <extracomment>%1 a Secret name, %2 the namespace it is in, %3 the pod&apos;s namespace</extracomment>
        <translation>Secret“%1”位于命名空间 %2，而不是 %3：拉取 Secret 从 Pod 自己的命名空间读取，因此 kubelet 会在没有它的情况下拉取</translation>
    </message>
    <message>
        <source>Secret &quot;%1&quot; is not in the workspace (namespace %2); if it is not in the cluster either, the kubelet pulls without it</source>
        <extracomment>%1 a Secret name, %2 a namespace</extracomment>
        <translation>Secret“%1”不在工作区中（命名空间 %2）；如果集群中也没有，kubelet 会在没有它的情况下拉取</translation>
    </message>
    <message>
        <source>Secret &quot;%1&quot; (%3) has type %2: the kubelet ignores it for pulls; only kubernetes.io/dockerconfigjson and kubernetes.io/dockercfg secrets count</source>
        <extracomment>%1 a Secret name, %2 its type, %3 file:line of the Secret</extracomment>
        <translation>Secret“%1”（%3）的类型为 %2：kubelet 拉取时会忽略它；只有 kubernetes.io/dockerconfigjson 和 kubernetes.io/dockercfg 类型的 Secret 才有效</translation>
    </message>
    <message>
        <source>Set the Secret&apos;s type to kubernetes.io/dockerconfigjson</source>
        <translation>将 Secret 的类型设为 kubernetes.io/dockerconfigjson</translation>
    </message>
    <message>
        <source>Secret &quot;%1&quot; (%2) has no &quot;auths&quot; object in .dockerconfigjson: the kubelet finds no credentials in it and pulls without them</source>
        <extracomment>%1 a Secret name, %2 file:line of the Secret</extracomment>
        <translation>Secret“%1”（%2）的 .dockerconfigjson 中没有“auths”对象：kubelet 在其中找不到凭据，会在没有凭据的情况下拉取</translation>
    </message>
    <message>
        <source>Secret &quot;%1&quot; (%2) holds the legacy .dockercfg format under .dockerconfigjson (no &quot;auths&quot; wrapper): the kubelet finds no credentials in it; wrap the registries in {&quot;auths&quot;: ...} or use type kubernetes.io/dockercfg with the key .dockercfg</source>
        <translation>Secret“%1”（%2）在 .dockerconfigjson 下存放的是旧版 .dockercfg 格式（没有“auths”外层）：kubelet 在其中找不到凭据；请用 {&quot;auths&quot;: ...} 包裹各镜像仓库，或使用类型 kubernetes.io/dockercfg 和键 .dockercfg</translation>
    </message>
    <message>
        <source>Secret &quot;%1&quot; (%2) has type kubernetes.io/dockercfg but holds a config.json (&quot;auths&quot;): the kubelet reads &quot;auths&quot; as a registry name; use type kubernetes.io/dockerconfigjson with the key .dockerconfigjson</source>
        <translation>Secret“%1”（%2）的类型为 kubernetes.io/dockercfg，却存放了 config.json（“auths”）：kubelet 会把“auths”当作镜像仓库名称；请使用类型 kubernetes.io/dockerconfigjson 和键 .dockerconfigjson</translation>
    </message>
    <message>
        <source>ServiceAccount admission rejects this pod: %1</source>
        <extracomment>%1 is the admission plugin&apos;s own (English) message</extracomment>
        <translation>ServiceAccount 准入拒绝了此 Pod：%1</translation>
    </message>
    <message>
        <source>This pod lists its own imagePullSecrets, so it gets none of ServiceAccount &quot;%1&quot;&apos;s: %2</source>
        <extracomment>%1 a ServiceAccount name, %2 a list of Secret names</extracomment>
        <translation>此 Pod 列出了自己的 imagePullSecrets，因此不会获得 ServiceAccount“%1”的任何 Secret：%2</translation>
    </message>
    <message>
        <source>Add the ServiceAccount&apos;s pull secrets to this pod</source>
        <translation>将 ServiceAccount 的拉取 Secret 添加到此 Pod</translation>
    </message>
    <message>
        <source>The key %1 in Secret &quot;%2&quot; never matches Docker Hub images (the kubelet looks up %3): write it as https://index.docker.io/v1/, as kubectl does</source>
        <extracomment>%1 a registry key, %2 a Secret name, %3 a repository</extracomment>
        <translation>Secret“%2”中的键 %1 永远不会匹配 Docker Hub 镜像（kubelet 查找的是 %3）：请像 kubectl 一样写为 https://index.docker.io/v1/</translation>
    </message>
    <message>
        <source>The key %1 in Secret &quot;%2&quot; does not match %3, so the kubelet pulls it without credentials: %4</source>
        <extracomment>%1 a registry key, %2 a Secret name, %3 a repository, %4 why</extracomment>
        <translation>Secret“%2”中的键 %1 与 %3 不匹配，因此 kubelet 会在没有凭据的情况下拉取它：%4</translation>
    </message>
    <message>
        <source>The API server rejects this: %1</source>
        <extracomment>%1 is the API server&apos;s own (English) validation message, with the field path</extracomment>
        <translation>API 服务器会拒绝此内容：%1</translation>
    </message>
    <message>
        <source>The API server accepts this template but rejects every Pod made from it: %1</source>
        <translation>API 服务器接受此模板，但会拒绝由它创建的每个 Pod：%1</translation>
    </message>
    <message>
        <source>%1 is not valid base64: %2</source>
        <extracomment>%1 is the field, %2 Go&apos;s base64 error text</extracomment>
        <translation>%1 不是有效的 base64：%2</translation>
    </message>
    <message>
        <source>unrecognized feature gate: %1</source>
        <translation>无法识别的特性门控：%1</translation>
    </message>
    <message>
        <source>cannot set feature gate %1 to false, feature is locked to true</source>
        <translation>无法将特性门控 %1 设为 false，该特性已锁定为 true</translation>
    </message>
    <message>
        <source>%1: a value of the wrong type</source>
        <extracomment>%1 is a field path such as kubeletConfig.registryPullQPS</extracomment>
        <translation>%1：值的类型错误</translation>
    </message>
    <message>
        <source>%1: expected a list of image patterns</source>
        <translation>%1：应为镜像模式列表</translation>
    </message>
    <message>
        <source>a KubeletConfiguration must be a YAML mapping</source>
        <translation>KubeletConfiguration 必须是 YAML 映射</translation>
    </message>
    <message>
        <source>%1: expected a mapping</source>
        <translation>%1：应为映射</translation>
    </message>
    <message>
        <source>%1apiVersion: &quot;%2&quot; is not %3</source>
        <translation>%1apiVersion：“%2”不是 %3</translation>
    </message>
    <message>
        <source>%1kind: &quot;%2&quot; is not %3</source>
        <translation>%1kind：“%2”不是 %3</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not one of %3</source>
        <translation>%1：“%2”不是 %3 之一</translation>
    </message>
    <message>
        <source>%1: expected a mapping of gate: bool</source>
        <translation>%1：应为“门控: bool”形式的映射</translation>
    </message>
    <message>
        <source>%1: expected true or false</source>
        <translation>%1：应为 true 或 false</translation>
    </message>
    <message>
        <source>admission: expected a mapping</source>
        <translation>admission：应为映射</translation>
    </message>
    <message>
        <source>%1: unknown field</source>
        <translation>%1：未知字段</translation>
    </message>
    <message>
        <source>kubeletConfigFile: cannot read %1: %2</source>
        <translation>kubeletConfigFile：无法读取 %1：%2</translation>
    </message>
    <message>
        <source>runtimeHandlers: expected a list of names</source>
        <translation>runtimeHandlers：应为名称列表</translation>
    </message>
    <message>
        <source>%1: unknown field of a PullscopeNode</source>
        <translation>%1：PullscopeNode 的未知字段</translation>
    </message>
    <message>
        <source>kubeletConfig: give either kubeletConfig or kubeletConfigFile, not both</source>
        <translation>kubeletConfig：只能指定 kubeletConfig 或 kubeletConfigFile 之一，不能同时指定</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a Kubernetes version such as 1.35</source>
        <extracomment>%1 is the version given</extracomment>
        <translation>“%1”不是类似 1.35 的 Kubernetes 版本</translation>
    </message>
    <message>
        <source>Kubernetes %1 is not simulated (1.%2 to 1.%3 are)</source>
        <translation>不模拟 Kubernetes %1（支持 1.%2 到 1.%3）</translation>
    </message>
    <message>
        <source>a node profile must be a YAML mapping</source>
        <translation>节点配置必须是 YAML 映射</translation>
    </message>
    <message>
        <source>kind: expected %1 or KubeletConfiguration</source>
        <translation>kind：应为 %1 或 KubeletConfiguration</translation>
    </message>
    <message>
        <source>apiVersion: expected %1</source>
        <translation>apiVersion：应为 %1</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is too large to edit (more than 32 MiB).</source>
        <extracomment>%1 is a file path</extracomment>
        <translation>%1 太大，无法编辑（超过 32 MiB）。</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <extracomment>%1 is a file path, %2 the system&apos;s reason</extracomment>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message>
        <source>The document has no file name yet.</source>
        <translation>该文档还没有文件名。</translation>
    </message>
    <message>
        <source>the connection closed after %1 of %2 bytes</source>
        <extracomment>%1 bytes received, %2 bytes announced</extracomment>
        <translation>连接在收到 %2 字节中的 %1 字节后关闭</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>user %1, named by context %2, does not exist</source>
        <extracomment>%1 the quoted user name, %2 the context</extracomment>
        <translation>上下文 %2 引用的用户 %1 不存在</translation>
    </message>
    <message>
        <source>the certificate-authority %1 of cluster %2 cannot be read: %3</source>
        <extracomment>%1 a file, %2 the cluster, %3 the system&apos;s reason</extracomment>
        <translation>无法读取集群 %2 的 certificate-authority %1：%3</translation>
    </message>
    <message>
        <source>the %1 %2 of user %3 cannot be read: %4</source>
        <extracomment>%1 a kubeconfig key, %2 a file, %3 the user, %4 the system&apos;s reason</extracomment>
        <translation>无法读取用户 %3 的 %1 %2：%4</translation>
    </message>
    <message>
        <source>The azure auth plugin has been removed from kubectl; use the kubelogin credential plugin instead.</source>
        <translation>kubectl 已移除 azure 认证插件；请改用 kubelogin 凭据插件。</translation>
    </message>
    <message>
        <source>client certificate</source>
        <translation>客户端证书</translation>
    </message>
    <message>
        <source>token</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>token file</source>
        <translation>令牌文件</translation>
    </message>
    <message>
        <source>basic</source>
        <translation>基本认证</translation>
    </message>
    <message>
        <source>the exec plugin of user %1 names no command</source>
        <extracomment>%1 the user</extracomment>
        <translation>用户 %1 的 exec 插件未指定命令</translation>
    </message>
    <message>
        <source>error loading config file &quot;%1&quot;: %2</source>
        <extracomment>%1 the kubeconfig file, %2 what is wrong (kubectl&apos;s wording)</extracomment>
        <translation>加载配置文件“%1”时出错：%2</translation>
    </message>
    <message>
        <source>%1 is not valid base64</source>
        <extracomment>%1 a kubeconfig key such as certificate-authority-data</extracomment>
        <translation>%1 不是有效的 base64</translation>
    </message>
    <message>
        <source>%1 must be true or false, not %2</source>
        <extracomment>%1 a kubeconfig key, %2 its value</extracomment>
        <translation>%1 必须是 true 或 false，而不是 %2</translation>
    </message>
    <message>
        <source>%1 is not a list</source>
        <extracomment>%1 a kubeconfig key such as clusters</extracomment>
        <translation>%1 不是列表</translation>
    </message>
    <message>
        <source>an entry of %1 is not a mapping</source>
        <translation>%1 的某个条目不是映射</translation>
    </message>
    <message>
        <source>duplicate name %1 in %2</source>
        <extracomment>%1 the quoted name, %2 clusters, users or contexts</extracomment>
        <translation>%2 中的名称 %1 重复</translation>
    </message>
    <message>
        <source>the top level is not a mapping</source>
        <translation>顶层不是映射</translation>
    </message>
    <message>
        <source>none of the files in KUBECONFIG exists: %1</source>
        <extracomment>%1 the files listed in the KUBECONFIG variable</extracomment>
        <translation>KUBECONFIG 中的文件都不存在：%1</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <extracomment>%n problems of a kubeconfig context</extracomment>
        <translation>
            <numerusform>%n 个问题</numerusform>
        </translation>
    </message>
    <message>
        <source>The current context: kubectl uses it unless told otherwise.</source>
        <translation>当前上下文：除非另行指定，kubectl 使用它。</translation>
    </message>
    <message>
        <source>Context</source>
        <translation>上下文</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>集群</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>认证</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>命名空间</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>User %1 has no exec credential plugin</source>
        <translation>用户 %1 没有 exec 凭据插件</translation>
    </message>
    <message>
        <source>exec: executable %1 did not answer within %2 s</source>
        <extracomment>%1 the plugin command, %2 seconds</extracomment>
        <translation>exec：可执行文件 %1 未在 %2 秒内应答</translation>
    </message>
</context>
<context>
    <name>RegistriesPage</name>
    <message>
        <source>Add a registry</source>
        <translation>添加镜像仓库</translation>
    </message>
    <message>
        <source>Registries are where your images live: Docker Hub, your company&apos;s Harbor or GitLab, a cloud registry, or a local one for testing. Add one to browse its repositories, tags, platforms and layers, and to check that your cluster can pull from it.</source>
        <translation>镜像仓库是存放镜像的地方：Docker Hub、公司的 Harbor 或 GitLab、云上的镜像仓库，或用于测试的本地仓库。添加一个镜像仓库，即可浏览其中的仓库、标签、平台和层，并检查您的集群能否从中拉取镜像。</translation>
    </message>
    <message>
        <source>Add a Registry…</source>
        <translation>添加镜像仓库…</translation>
    </message>
    <message>
        <source>Registries</source>
        <translation>镜像仓库</translation>
    </message>
    <message>
        <source>Add Registry…</source>
        <translation>添加镜像仓库…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove Registry</source>
        <translation>移除镜像仓库</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; from Pullscope? Images and credentials are not touched.</source>
        <translation>要从 Pullscope 中移除“%1”吗？镜像和凭据不会受影响。</translation>
    </message>
    <message>
        <source>Removed registry &quot;%1&quot;.</source>
        <translation>已移除镜像仓库“%1”。</translation>
    </message>
    <message>
        <source>Browse repositories and tags; select a tag to inspect its platforms, layers and configuration.</source>
        <translation>浏览仓库和标签；选择一个标签以查看其平台、镜像层和配置。</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>已复制 %1</translation>
    </message>
    <message>
        <source>Search repositories</source>
        <translation>搜索仓库</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translation>仓库</translation>
    </message>
    <message>
        <source>Repository name, e.g. library/busybox</source>
        <translation>仓库名称，例如 library/busybox</translation>
    </message>
    <message>
        <source>Type a repository name to open it; useful for registries that do not list their repositories, such as Docker Hub</source>
        <translation>输入仓库名称以打开它；适用于不列出其仓库的镜像仓库，例如 Docker Hub</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>insecure (HTTP allowed)</source>
        <translation>不安全（允许 HTTP）</translation>
    </message>
    <message>
        <source>HTTPS, verified</source>
        <translation>HTTPS，已验证</translation>
    </message>
    <message>
        <source>credentials from %1</source>
        <translation>凭据来自 %1</translation>
    </message>
    <message numerus="yes">
        <source>Listing repositories… %n so far</source>
        <translation>
            <numerusform>正在列出仓库… 目前已有 %n 个</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n repository(s)</source>
        <translation>
            <numerusform>%n 个仓库</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a repository name: use lower-case path components such as library/busybox, without a tag.</source>
        <translation>“%1”不是仓库名称：请使用小写的路径组成部分，例如 library/busybox，且不带标签。</translation>
    </message>
</context>
<context>
    <name>RegistryClient</name>
    <message>
        <source>registry settings</source>
        <translation>镜像仓库设置</translation>
    </message>
</context>
<context>
    <name>RegistryDelegate</name>
    <message>
        <source>Insecure</source>
        <extracomment>Badge on a registry that allows plain HTTP or unverified TLS; keep it short.</extracomment>
        <translation>不安全</translation>
    </message>
</context>
<context>
    <name>RepositoryDelegate</name>
    <message>
        <source>No repository list here: type a name below</source>
        <extracomment>The hint row under a registry that has no repository list</extracomment>
        <translation>此处没有仓库列表：请在下方输入名称</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>手动输入</translation>
    </message>
</context>
<context>
    <name>SecretGeneratorDialog</name>
    <message>
        <source>Show</source>
        <extracomment>Check box beside the password field</extracomment>
        <translation>显示</translation>
    </message>
    <message>
        <source>Show secret data</source>
        <extracomment>Check box over the YAML preview: show the real base64 instead of a mask</extracomment>
        <translation>显示 Secret 数据</translation>
    </message>
    <message>
        <source>Generate Image Pull Secret</source>
        <extracomment>Title of the dialog that makes a docker-registry Secret</extracomment>
        <translation>生成镜像拉取 Secret</translation>
    </message>
    <message>
        <source>Show password</source>
        <extracomment>Accessible name of the check box that shows the password in clear text</extracomment>
        <translation>显示密码</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <extracomment>Form label; the registry&apos;s address</extracomment>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>Na&amp;mespace:</source>
        <translation>命名空间(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <extracomment>Form label; the Secret&apos;s name</extracomment>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>YAML preview</source>
        <extracomment>Accessible name of the YAML preview in the Secret generator</extracomment>
        <translation>YAML 预览</translation>
    </message>
    <message>
        <source>&amp;Insert into Current File</source>
        <translation>插入到当前文件(&amp;I)</translation>
    </message>
    <message>
        <source>Open as &amp;New File</source>
        <translation>作为新文件打开(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save As…</source>
        <translation>另存为(&amp;S)…</translation>
    </message>
    <message>
        <source>The Secret, as kubectl writes it:</source>
        <extracomment>Over the YAML preview</extracomment>
        <translation>Secret（与 kubectl 生成的一致）：</translation>
    </message>
    <message>
        <source>Enter the user name.</source>
        <translation>请输入用户名。</translation>
    </message>
    <message>
        <source>Enter the password or token.</source>
        <translation>请输入密码或令牌。</translation>
    </message>
    <message>
        <source>The name must be lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit.</source>
        <translation>名称只能包含小写字母、数字、“-”和“.”，且必须以字母或数字开头和结尾。</translation>
    </message>
    <message>
        <source>The namespace must be lower-case letters, digits and &apos;-&apos;.</source>
        <translation>命名空间只能包含小写字母、数字和“-”。</translation>
    </message>
    <message>
        <source>Save Secret As</source>
        <translation>Secret 另存为</translation>
    </message>
    <message>
        <source>Kubernetes YAML (*.yaml *.yml)</source>
        <translation>Kubernetes YAML 文件 (*.yaml *.yml)</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>无法保存 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>%n characters hidden</source>
        <extracomment>Replaces secret data in the preview; %n is its length in characters</extracomment>
        <translation>
            <numerusform>已隐藏 %n 个字符</numerusform>
        </translation>
    </message>
    <message>
        <source>Holds: %1</source>
        <extracomment>Under the preview: the credentials inside the Secret, passwords masked</extracomment>
        <translation>包含：%1</translation>
    </message>
</context>
<context>
    <name>SettingsFile</name>
    <message>
        <source>The settings file could not be used (%1); Pullscope started with default settings.</source>
        <translation>无法使用设置文件（%1）；Pullscope 已使用默认设置启动。</translation>
    </message>
    <message>
        <source>The settings file was corrupt (%1) and has been moved to %2; Pullscope started with default settings.</source>
        <translation>设置文件已损坏（%1），已移至 %2；Pullscope 已使用默认设置启动。</translation>
    </message>
    <message>
        <source>the file is too large</source>
        <translation>文件过大</translation>
    </message>
    <message>
        <source>it contains binary data</source>
        <translation>其中包含二进制数据</translation>
    </message>
    <message>
        <source>it is not UTF-8 text</source>
        <translation>它不是 UTF-8 文本</translation>
    </message>
    <message>
        <source>it is not a valid INI file</source>
        <translation>它不是有效的 INI 文件</translation>
    </message>
</context>
<context>
    <name>SeverityStyle</name>
    <message>
        <source>Error</source>
        <extracomment>Severity of a problem found in a YAML file</extracomment>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <extracomment>Severity of a problem found in a YAML file</extracomment>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <extracomment>Severity of a problem found in a YAML file: a hint, nothing is wrong</extracomment>
        <translation>提示</translation>
    </message>
</context>
<context>
    <name>SimulationWidget</name>
    <message>
        <source>Resolve manifests only</source>
        <translation>仅解析清单</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Run in Real &amp;Time</source>
        <translation>实时运行(&amp;T)</translation>
    </message>
    <message>
        <source>Retry &amp;Now</source>
        <translation>立即重试(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Diagnose</source>
        <translation>诊断(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Fix and Rerun</source>
        <translation>修复并重新运行(&amp;F)</translation>
    </message>
    <message>
        <source>No Pod in the workspace</source>
        <translation>工作区中没有 Pod</translation>
    </message>
    <message>
        <source>1 minute</source>
        <translation>1 分钟</translation>
    </message>
    <message>
        <source>5 minutes</source>
        <translation>5 分钟</translation>
    </message>
    <message>
        <source>10 minutes</source>
        <translation>10 分钟</translation>
    </message>
    <message>
        <source>30 minutes</source>
        <translation>30 分钟</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>How much kubelet time Run simulates at once</source>
        <translation>“运行”一次模拟多长的 kubelet 时间</translation>
    </message>
    <message>
        <source>Ask the registries for manifests only instead of pulling layers</source>
        <translation>只向镜像仓库请求清单，而不拉取镜像层</translation>
    </message>
    <message>
        <source>Simulate the chosen span at once on a virtual clock</source>
        <translation>在虚拟时钟上一次性模拟所选时长</translation>
    </message>
    <message>
        <source>Run on the wall clock, with a countdown to each retry</source>
        <translation>按真实时钟运行，并显示每次重试前的倒计时</translation>
    </message>
    <message>
        <source>Forget the back-off and sync the Pod now, as if it was recreated</source>
        <translation>忽略退避，立即同步该 Pod，就像它被重新创建一样</translation>
    </message>
    <message>
        <source>Diagnose the failing container, apply the YAML fix, and run again</source>
        <translation>诊断失败的容器，应用 YAML 修复，然后重新运行</translation>
    </message>
    <message>
        <source>&amp;Open YAML...</source>
        <translation>打开 YAML(&amp;O)...</translation>
    </message>
    <message>
        <source>&amp;Edit Node...</source>
        <translation>编辑节点(&amp;E)...</translation>
    </message>
    <message>
        <source>Pod:</source>
        <translation>Pod：</translation>
    </message>
    <message>
        <source>Simulate:</source>
        <translation>模拟：</translation>
    </message>
    <message>
        <source>%1 holds no Pod or workload.</source>
        <translation>%1 中没有 Pod 或工作负载。</translation>
    </message>
    <message>
        <source>Open Pod YAML</source>
        <translation>打开 Pod YAML</translation>
    </message>
    <message>
        <source>YAML files (*.yaml *.yml *.json)</source>
        <translation>YAML 文件 (*.yaml *.yml *.json)</translation>
    </message>
    <message>
        <source>Node: %1 · %2 · Kubernetes %3</source>
        <translation>节点：%1 · %2 · Kubernetes %3</translation>
    </message>
    <message>
        <source>The default node profile</source>
        <translation>默认节点配置</translation>
    </message>
    <message>
        <source>Choose a Pod to run first.</source>
        <translation>请先选择要运行的 Pod。</translation>
    </message>
    <message>
        <source>The API server would refuse this Pod: %1</source>
        <translation>API 服务器会拒绝此 Pod：%1</translation>
    </message>
    <message>
        <source>Running in real time...</source>
        <translation>正在实时运行...</translation>
    </message>
    <message>
        <source>Simulating %1...</source>
        <translation>正在模拟 %1...</translation>
    </message>
    <message>
        <source>Applied &quot;%1&quot; to %2; running again.</source>
        <translation>已将“%1”应用到 %2；正在重新运行。</translation>
    </message>
    <message>
        <source>Applied &quot;%1&quot; to %2.</source>
        <translation>已将“%1”应用到 %2。</translation>
    </message>
    <message>
        <source>After %1 of kubelet time · events: %2 · every container is running</source>
        <translation>kubelet 时间 %1 后 · 事件：%2 · 所有容器都在运行</translation>
    </message>
    <message>
        <source>After %1 of kubelet time · events: %2 · waiting: %3 (%4)</source>
        <translation>kubelet 时间 %1 后 · 事件：%2 · 等待中：%3（%4）</translation>
    </message>
    <message>
        <source>Next retry of %1: %2</source>
        <translation>%1 的下次重试：%2</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>停止(&amp;S)</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <extracomment>Shown while a YAML file is read; %1 is its name
----------
Shown while a fixed YAML file is read again; %1 is its name</extracomment>
        <translation>正在读取 %1…</translation>
    </message>
</context>
<context>
    <name>StartupOptions</name>
    <message>
        <source>Browse container registries, inspect images and debug ImagePullBackOff.</source>
        <translation>浏览容器镜像仓库、检查镜像并排查 ImagePullBackOff。</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>显示此帮助并退出。</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>显示版本并退出。</translation>
    </message>
    <message>
        <source>Use the language CODE (such as de or zh_CN) instead of the system language.</source>
        <translation>使用语言 CODE（例如 de 或 zh_CN）代替系统语言。</translation>
    </message>
    <message>
        <source>Import the registries listed in a demo file written by pullscope-lab.</source>
        <translation>导入 pullscope-lab 生成的演示文件中列出的镜像仓库。</translation>
    </message>
    <message>
        <source>Read and write settings in this INI file.</source>
        <translation>在此 INI 文件中读写设置。</translation>
    </message>
    <message>
        <source>Save a picture of the window to FILE and exit.</source>
        <translation>将窗口截图保存到 FILE 并退出。</translation>
    </message>
    <message>
        <source>Window size for --screenshot, such as 1200x780.</source>
        <translation>--screenshot 使用的窗口大小，例如 1200x780。</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>意外的参数：%1</translation>
    </message>
    <message>
        <source>Unknown page &quot;%1&quot;; use one of: %2.</source>
        <translation>未知页面“%1”；请使用以下之一：%2。</translation>
    </message>
    <message>
        <source>Invalid size &quot;%1&quot;; use WIDTHxHEIGHT, such as 1200x780.</source>
        <translation>无效的大小“%1”；请使用 宽x高 格式，例如 1200x780。</translation>
    </message>
    <message>
        <source>Open REGISTRY/REPOSITORY[:TAG] on the Registries page (REGISTRY is a configured name or its host:port).</source>
        <translation>在“镜像仓库”页面打开 REGISTRY/REPOSITORY[:TAG]（REGISTRY 是已配置的名称或其 host:port）。</translation>
    </message>
    <message>
        <source>Keep pulled images in the OCI image layout in DIR instead of the per-user cache.</source>
        <translation>将拉取的镜像以 OCI 镜像布局保存在 DIR 中，而不是每个用户的缓存中。</translation>
    </message>
    <message>
        <source>Pull the image REF at start (may be repeated).</source>
        <translation>启动时拉取镜像 REF（可重复指定）。</translation>
    </message>
    <message>
        <source>Platform of the --pull images: &quot;all&quot; or such as linux/arm64 (default: this machine&apos;s).</source>
        <translation>--pull 镜像的平台：“all”或诸如 linux/arm64 的值（默认：本机平台）。</translation>
    </message>
    <message>
        <source>Invalid selection &quot;%1&quot;; use REGISTRY/REPOSITORY[:TAG], such as &quot;Pullscope demo/demo/multiarch:1.0&quot;.</source>
        <translation>无效的选择“%1”；请使用 REGISTRY/REPOSITORY[:TAG]，例如“Pullscope demo/demo/multiarch:1.0”。</translation>
    </message>
    <message>
        <source>--store needs a directory.</source>
        <translation>--store 需要一个目录。</translation>
    </message>
    <message>
        <source>Invalid --pull &quot;%1&quot;: %2</source>
        <translation>无效的 --pull“%1”：%2</translation>
    </message>
    <message>
        <source>Invalid --pull-platform &quot;%1&quot;: %2</source>
        <translation>无效的 --pull-platform“%1”：%2</translation>
    </message>
    <message>
        <source>Open the Pod YAML FILE on the Node page and simulate it (10 minutes of kubelet time).</source>
        <translation>在“节点”页面打开 Pod YAML 文件 FILE 并进行模拟（10 分钟 kubelet 时间）。</translation>
    </message>
    <message>
        <source>Simulate on the node described in this PullscopeNode FILE.</source>
        <translation>在此 PullscopeNode 文件 FILE 描述的节点上模拟。</translation>
    </message>
    <message>
        <source>After --simulate, diagnose the first failing container and show the Diagnose tab.</source>
        <translation>在 --simulate 之后诊断第一个失败的容器，并显示“诊断”选项卡。</translation>
    </message>
    <message>
        <source>--diagnose needs --simulate FILE.</source>
        <translation>--diagnose 需要 --simulate FILE。</translation>
    </message>
    <message>
        <source>Start on this page: registries, workspace, node, node-images, credentials or clusters.</source>
        <translation>从此页面开始：registries、workspace、node、node-images、credentials 或 clusters。</translation>
    </message>
</context>
<context>
    <name>StoredImageModel</name>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>Not pulled by Pullscope</source>
        <translation>非 Pullscope 拉取</translation>
    </message>
    <message>
        <source>%1 bytes in the store, layers shared with other images included</source>
        <translation>在存储中占用 %1 字节，包括与其他镜像共享的镜像层</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>镜像</translation>
    </message>
    <message>
        <source>Digest</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Platforms</source>
        <translation>平台</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Pulled</source>
        <translation>拉取时间</translation>
    </message>
</context>
<context>
    <name>TagBrowser</name>
    <message>
        <source>Filter tags</source>
        <translation>筛选标签</translation>
    </message>
    <message>
        <source>Newest version first</source>
        <translation>最新版本优先</translation>
    </message>
    <message>
        <source>Newest image first</source>
        <translation>最新镜像优先</translation>
    </message>
    <message>
        <source>Name, A to Z</source>
        <translation>名称，A 到 Z</translation>
    </message>
    <message>
        <source>Images are dated once their details are loaded; undated tags come last.</source>
        <translation>镜像详情加载后才会显示日期；没有日期的标签排在最后。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Select a repository to see its tags</source>
        <translation>选择一个仓库以查看其标签</translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s) listed; cancelled</source>
        <translation>
            <numerusform>已列出 %n 个标签；已取消</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Listing… %n tag(s)</source>
        <translation>
            <numerusform>正在列出… %n 个标签</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n tag(s)</source>
        <translation>
            <numerusform>%n 个标签</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkspaceDocuments</name>
    <message>
        <source>No YAML files (*.yaml, *.yml) in %1.</source>
        <translation>%1 中没有 YAML 文件（*.yaml、*.yml）。</translation>
    </message>
    <message numerus="yes">
        <source>Added %n YAML file(s) from %1.</source>
        <translation>
            <numerusform>已从 %1 添加 %n 个 YAML 文件。</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled-%1.yaml</source>
        <extracomment>Name of a new document not saved yet; %1 is a number</extracomment>
        <translation>未命名-%1.yaml</translation>
    </message>
</context>
<context>
    <name>WorkspaceEditorPane</name>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Containers</source>
        <extracomment>Tab of the form view: containers, images, pull policies and pull secrets</extracomment>
        <translation>容器</translation>
    </message>
    <message>
        <source>Undo (%1)</source>
        <translation>撤销（%1）</translation>
    </message>
    <message>
        <source>Redo (%1)</source>
        <translation>重做（%1）</translation>
    </message>
    <message>
        <source>Quick fixes at the cursor (Ctrl+.)</source>
        <translation>光标处的快速修复（Ctrl+.）</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>保存（%1）</translation>
    </message>
    <message>
        <source>%1 ●</source>
        <extracomment>The file shown in the editor; %1 is its path, the dot marks unsaved changes</extracomment>
        <translation>%1 ●</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <extracomment>Tab title with the number of problems</extracomment>
        <translation>问题（%1）</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <extracomment>Part of the summary under the editor</extracomment>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <extracomment>Part of the summary under the editor</extracomment>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n info(s)</source>
        <extracomment>Part of the summary under the editor: hints</extracomment>
        <translation>
            <numerusform>%n 个提示</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems</source>
        <translation>没有问题</translation>
    </message>
    <message>
        <source>Checked in %1 ms</source>
        <translation>检查用时 %1 毫秒</translation>
    </message>
    <message>
        <source>Ln %1, Col %2</source>
        <extracomment>Cursor position in the editor</extracomment>
        <translation>第 %1 行，第 %2 列</translation>
    </message>
</context>
<context>
    <name>WorkspaceFileList</name>
    <message>
        <source>Open files</source>
        <extracomment>Accessible name of the list of open files on the Workspace page</extracomment>
        <translation>打开的文件</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
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
        <translation>打开 Pod YAML 文件或文件夹</translation>
    </message>
    <message>
        <source>The workspace holds the Kubernetes manifests you are working on. Open a Pod, Deployment or folder of YAML files to check image references, pull policies and image pull secrets before they reach a cluster.</source>
        <translation>工作区存放您正在编辑的 Kubernetes 清单。打开 Pod、Deployment 或包含 YAML 文件的文件夹，即可在它们进入集群之前检查镜像引用、拉取策略和镜像拉取 Secret。</translation>
    </message>
    <message>
        <source>Open File…</source>
        <translation>打开文件…</translation>
    </message>
    <message>
        <source>Open Folder…</source>
        <translation>打开文件夹…</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>工作区</translation>
    </message>
    <message>
        <source>Open Pod YAML</source>
        <translation>打开 Pod YAML</translation>
    </message>
    <message>
        <source>Kubernetes YAML (*.yaml *.yml);;All files (*)</source>
        <translation>Kubernetes YAML（*.yaml *.yml）;;所有文件（*）</translation>
    </message>
    <message>
        <source>Open Folder of YAML Files</source>
        <translation>打开 YAML 文件所在的文件夹</translation>
    </message>
    <message>
        <source>New from Template</source>
        <extracomment>Button on the empty Workspace page: start from a template</extracomment>
        <translation>从模板新建</translation>
    </message>
    <message>
        <source>Resolving the digest of %1…</source>
        <extracomment>Status while the registry is asked for an image&apos;s digest; %1 is the image</extracomment>
        <translation>正在解析 %1 的摘要…</translation>
    </message>
    <message>
        <source>Pinned to %1.</source>
        <extracomment>%1 is a digest such as sha256:abc…</extracomment>
        <translation>已固定到 %1。</translation>
    </message>
    <message>
        <source>New Empty File</source>
        <translation>新建空文件</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save As…</source>
        <translation>另存为…</translation>
    </message>
    <message>
        <source>Close File</source>
        <translation>关闭文件</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <source>Generate Pull Secret…</source>
        <translation>生成拉取 Secret…</translation>
    </message>
    <message>
        <source>Quick Fix…</source>
        <translation>快速修复…</translation>
    </message>
    <message>
        <source>Next Problem</source>
        <translation>下一个问题</translation>
    </message>
    <message>
        <source>Previous Problem</source>
        <translation>上一个问题</translation>
    </message>
    <message>
        <source>Kubernetes YAML checked as you type: image names, pull policies and image pull secrets, as the API server and the kubelet will see them.</source>
        <translation>边输入边检查 Kubernetes YAML：镜像名称、拉取策略和镜像拉取 Secret，与 API 服务器和 kubelet 所看到的一致。</translation>
    </message>
    <message>
        <source>New</source>
        <extracomment>Header button opening a menu: an empty file or a template</extracomment>
        <translation>新建</translation>
    </message>
    <message>
        <source>Open</source>
        <extracomment>Header button opening a menu: open files or a folder</extracomment>
        <translation>打开</translation>
    </message>
    <message>
        <source>Pull Secret…</source>
        <translation>拉取 Secret…</translation>
    </message>
    <message>
        <source>Generate a docker-registry Secret as kubectl does (Ctrl+Shift+G)</source>
        <translation>像 kubectl 一样生成 docker-registry Secret（Ctrl+Shift+G）</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>The file changed; the edit no longer fits. Try again.</source>
        <translation>文件已更改，该编辑已不再适用。请重试。</translation>
    </message>
    <message>
        <source>Applied: %1</source>
        <translation>已应用：%1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to %1?</source>
        <extracomment>%1 is a file name</extracomment>
        <translation>保存对 %1 的更改？</translation>
    </message>
    <message>
        <source>Your changes are lost if you don&apos;t save them.</source>
        <translation>如果不保存，您的更改将会丢失。</translation>
    </message>
    <message>
        <source>Save Failed</source>
        <translation>保存失败</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <source>Save YAML As</source>
        <translation>YAML 另存为</translation>
    </message>
    <message>
        <source>Reading files…</source>
        <extracomment>Under the editor while files are read in the background</extracomment>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
</context>
<context>
    <name>WorkspaceTemplates</name>
    <message>
        <source>Pod with a Tagged Image</source>
        <extracomment>Template menu entry</extracomment>
        <translation>使用标签镜像的 Pod</translation>
    </message>
    <message>
        <source>An image chosen by tag, pulled when the node does not have it</source>
        <translation>按标签选择的镜像，在节点上没有时拉取</translation>
    </message>
    <message>
        <source>Pod with an Image Pinned by Digest</source>
        <extracomment>Template menu entry</extracomment>
        <translation>使用按摘要固定镜像的 Pod</translation>
    </message>
    <message>
        <source>Every node runs exactly the same image</source>
        <translation>每个节点运行的镜像完全相同</translation>
    </message>
    <message>
        <source>Pod with Pull Policy Always</source>
        <extracomment>Template menu entry; &quot;Always&quot; is the imagePullPolicy value, keep it in English</extracomment>
        <translation>拉取策略为 Always 的 Pod</translation>
    </message>
    <message>
        <source>The registry is asked each time a container starts</source>
        <translation>每次容器启动时都会询问镜像仓库</translation>
    </message>
    <message>
        <source>Pod from a Private Registry, with Its Secret</source>
        <extracomment>Template menu entry</extracomment>
        <translation>来自私有镜像仓库的 Pod 及其 Secret</translation>
    </message>
    <message>
        <source>A docker-registry Secret listed in the Pod&apos;s imagePullSecrets</source>
        <translation>列在 Pod 的 imagePullSecrets 中的 docker-registry Secret</translation>
    </message>
    <message>
        <source>ServiceAccount with Pull Secrets</source>
        <extracomment>Template menu entry</extracomment>
        <translation>带拉取 Secret 的 ServiceAccount</translation>
    </message>
    <message>
        <source>Pods running as the ServiceAccount get its pull secrets</source>
        <translation>以该 ServiceAccount 运行的 Pod 会获得其拉取 Secret</translation>
    </message>
</context>
<context>
    <name>YamlEditor</name>
    <message>
        <source>YAML editor</source>
        <extracomment>Accessible name of the YAML text editor on the Workspace page</extracomment>
        <translation>YAML 编辑器</translation>
    </message>
    <message>
        <source>Asks the registry for the digest, then edits the file.</source>
        <extracomment>Status tip of a quick fix that first asks the registry for the image&apos;s digest</extracomment>
        <translation>先向镜像仓库查询摘要，然后编辑文件。</translation>
    </message>
    <message>
        <source>No quick fixes here.</source>
        <extracomment>Tooltip when Ctrl+. finds nothing to fix at the cursor</extracomment>
        <translation>此处没有快速修复。</translation>
    </message>
    <message>
        <source>Quick Fixes</source>
        <translation>快速修复</translation>
    </message>
    <message>
        <source>Quick fixes: Ctrl+. or the light bulb</source>
        <extracomment>Tooltip hint under a problem that has quick fixes</extracomment>
        <translation>快速修复：Ctrl+. 或灯泡图标</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>pullscope: cannot write the screenshot to %1</source>
        <translation>pullscope：无法将截图写入 %1</translation>
    </message>
    <message>
        <source>Try &apos;pullscope --help&apos;.</source>
        <translation>请尝试“pullscope --help”。</translation>
    </message>
    <message>
        <source>pullscope: cannot open %1/%2</source>
        <translation>pullscope：无法打开 %1/%2</translation>
    </message>
    <message>
        <source>pullscope: no Pod to simulate in %1</source>
        <translation>pullscope：%1 中没有可模拟的 Pod</translation>
    </message>
</context>
</TS>

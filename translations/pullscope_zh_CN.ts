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
        <source>Pullscope talks to the registry API at /v2/ on this address. Credentials come from your auth files, never from this form.</source>
        <translation>Pullscope 通过此地址下的 /v2/ 访问镜像仓库 API。凭据取自您的认证文件，绝不来自此表单。</translation>
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
</context>
<context>
    <name>CredentialsPage</name>
    <message>
        <source>Where Pullscope finds registry credentials</source>
        <translation>Pullscope 从哪里获取镜像仓库凭据</translation>
    </message>
    <message>
        <source>Pullscope uses the credentials you already have: Docker&apos;s config.json, the containers auth.json of podman and skopeo, and the credential helpers they name. It reads them only to talk to a registry, and never shows or logs a secret.</source>
        <translation>Pullscope 使用您已有的凭据：Docker 的 config.json、podman 和 skopeo 使用的 containers auth.json，以及其中指定的凭据助手。它只在访问镜像仓库时读取这些凭据，绝不显示或记录任何机密。</translation>
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
        <source>The files Pullscope consults, in order. Only their existence is checked here; nothing is read.</source>
        <translation>Pullscope 依次查阅的文件。此处只检查它们是否存在，不读取任何内容。</translation>
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
        <source>The registries Pullscope knows about. Select one to see how Pullscope will reach it.</source>
        <translation>Pullscope 已知的镜像仓库。选择一个即可查看 Pullscope 将如何访问它。</translation>
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
        <source>URL:</source>
        <translation>URL：</translation>
    </message>
    <message>
        <source>Connection:</source>
        <translation>连接：</translation>
    </message>
    <message>
        <source>Certificate folder:</source>
        <translation>证书文件夹：</translation>
    </message>
    <message>
        <source>Auth file:</source>
        <translation>认证文件：</translation>
    </message>
    <message>
        <source>Browsing repositories, tags and manifests arrives with the registry browser. Pullscope has not contacted this registry yet.</source>
        <translation>浏览仓库、标签和清单的功能将随镜像仓库浏览器一同提供。Pullscope 尚未连接过此镜像仓库。</translation>
    </message>
    <message>
        <source>Insecure: plain HTTP allowed, TLS certificates not verified</source>
        <translation>不安全：允许明文 HTTP，不验证 TLS 证书</translation>
    </message>
    <message>
        <source>HTTPS with certificate verification</source>
        <translation>HTTPS，验证证书</translation>
    </message>
    <message>
        <source>None (system certificates)</source>
        <translation>无（使用系统证书）</translation>
    </message>
    <message>
        <source>None (the usual credential files)</source>
        <translation>无（使用常规凭据文件）</translation>
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
        <source>Start on this page: registries, workspace, node or credentials.</source>
        <translation>在此页面启动：registries、workspace、node 或 credentials。</translation>
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
        <source>The YAML files you opened. Reading Pods from them arrives with the Pod editor.</source>
        <translation>您打开的 YAML 文件。从中读取 Pod 的功能将随 Pod 编辑器一同提供。</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清空</translation>
    </message>
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
    <message numerus="yes">
        <source>%n file(s) in the workspace</source>
        <translation>
            <numerusform>工作区中有 %n 个文件</numerusform>
        </translation>
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
</context>
</TS>

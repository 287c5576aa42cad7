// SPDX-License-Identifier: GPL-3.0-or-later
// pullscope-hashfloor: the least a verified download of blobs can cost here, for pull_bench.sh.
//
// Fetches blobs from a plain-HTTP registry on loopback, each on a thread of its own with
// blocking sockets, and does on that thread only what a verified store must do: receive into an
// aligned buffer, SHA-256 it while it is still in the CPU's cache, write it with O_DIRECT, fsync,
// and compare the digest. No framework, no second thread, no copy. Pullscope's pull does more
// (Qt's network thread, the hand-over to a hashing thread, the store's bookkeeping); this floor
// says how much of the distance to the raw limit (curl, no hashing) is the hashing itself.
//
// Usage: pullscope-hashfloor PORT OUTDIR PATH...   (PATH: /v2/<repo>/blobs/sha256:<hex>)
// Exit status 0 when every blob arrived whole and matched its digest.
#include <openssl/evp.h>

#include <arpa/inet.h>
#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <memory>
#include <netinet/in.h>
#include <string>
#include <sys/socket.h>
#include <thread>
#include <unistd.h>
#include <vector>

namespace {
constexpr size_t kBufferBytes = 1024 * 1024;
constexpr size_t kBlockBytes = 4096;

struct FreeDeleter
{
    void operator()(char *p) const { std::free(p); }
};

bool fail(const std::string &path, const char *what)
{
    std::fprintf(stderr, "pullscope-hashfloor: %s: %s\n", path.c_str(), what);
    return false;
}

bool sendAll(int fd, const std::string &data)
{
    size_t sent = 0;
    while (sent < data.size()) {
        const ssize_t n = ::send(fd, data.data() + sent, data.size() - sent, 0);
        if (n <= 0)
            return false;
        sent += size_t(n);
    }
    return true;
}

bool fetch(int port, const std::string &path, const std::string &outPath)
{
    const int sock = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_port = htons(uint16_t(port));
    ::inet_pton(AF_INET, "127.0.0.1", &address.sin_addr);
    if (sock < 0 || ::connect(sock, reinterpret_cast<sockaddr *>(&address), sizeof address) != 0)
        return fail(path, "cannot connect");
    if (!sendAll(sock,
                 "GET " + path
                     + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept-Encoding: identity\r\n"
                       "Connection: close\r\n\r\n"))
        return fail(path, "cannot send the request");

    std::unique_ptr<char, FreeDeleter> buffer(
        static_cast<char *>(std::aligned_alloc(kBlockBytes, kBufferBytes)));
    // Headers: read until the blank line; what follows it is the body's start.
    size_t used = 0;
    const char *bodyStart = nullptr;
    while (!bodyStart) {
        const ssize_t n = ::recv(sock, buffer.get() + used, kBufferBytes - used - 1, 0);
        if (n <= 0)
            return fail(path, "connection closed in the headers");
        used += size_t(n);
        buffer.get()[used] = '\0';
        if (const char *end = std::strstr(buffer.get(), "\r\n\r\n"))
            bodyStart = end + 4;
    }
    if (std::strncmp(buffer.get(), "HTTP/1.1 200", 12) != 0)
        return fail(path, "the registry did not answer 200");
    const char *lengthHeader = strcasestr(buffer.get(), "\r\nContent-Length:");
    if (!lengthHeader || lengthHeader > bodyStart)
        return fail(path, "no Content-Length");
    const long long length = std::atoll(lengthHeader + 17);
    const size_t headerBytes = size_t(bodyStart - buffer.get());
    used -= headerBytes;
    std::memmove(buffer.get(), bodyStart, used);

    const int out = ::open(outPath.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_DIRECT, 0644);
    if (out < 0)
        return fail(path, "cannot open the output with O_DIRECT");
    EVP_MD_CTX *context = EVP_MD_CTX_new();
    EVP_DigestInit_ex(context, EVP_sha256(), nullptr);
    EVP_DigestUpdate(context, buffer.get(), used);
    long long received = (long long)used;
    while (received < length) {
        const ssize_t n = ::recv(sock, buffer.get() + used, kBufferBytes - used, 0);
        if (n <= 0)
            return fail(path, "connection closed mid-body");
        EVP_DigestUpdate(context, buffer.get() + used, size_t(n));
        used += size_t(n);
        received += n;
        if (used == kBufferBytes) {
            if (::write(out, buffer.get(), kBufferBytes) != ssize_t(kBufferBytes))
                return fail(path, "write failed");
            used = 0;
        }
    }
    ::close(sock);
    if (used > 0) { // the unaligned tail through the page cache
        ::fcntl(out, F_SETFL, ::fcntl(out, F_GETFL) & ~O_DIRECT);
        if (::write(out, buffer.get(), used) != ssize_t(used))
            return fail(path, "write failed");
    }
    ::fsync(out);
    ::close(out);
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int digestLength = 0;
    EVP_DigestFinal_ex(context, digest, &digestLength);
    EVP_MD_CTX_free(context);
    std::string hex;
    char pair[3];
    for (unsigned int i = 0; i < digestLength; ++i) {
        std::snprintf(pair, sizeof pair, "%02x", digest[i]);
        hex += pair;
    }
    if (path.size() < hex.size() || path.compare(path.size() - hex.size(), hex.size(), hex) != 0)
        return fail(path, "digest mismatch");
    return true;
}
} // namespace

int main(int argc, char **argv)
{
    if (argc < 4) {
        std::fprintf(stderr, "usage: pullscope-hashfloor PORT OUTDIR PATH...\n");
        return 2;
    }
    const int port = std::atoi(argv[1]);
    const std::string outDir = argv[2];
    std::atomic<bool> ok{true};
    std::vector<std::thread> threads;
    for (int i = 3; i < argc; ++i) {
        threads.emplace_back([&, i] {
            if (!fetch(port, argv[i], outDir + "/" + std::to_string(i)))
                ok = false;
        });
    }
    for (std::thread &t : threads)
        t.join();
    return ok ? 0 : 1;
}

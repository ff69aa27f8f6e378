/* netguard: an LD_PRELOAD library for tst_reliability. Every attempt to open a network socket, resolve a
 * host name, or start another program (exec, posix_spawn, system, popen) is written to the file named by
 * NETGUARD_LOG and refused. Local (AF_UNIX) sockets are logged and allowed. */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <spawn.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static void note(const char* what, const char* detail)
{
    const char* path = getenv("NETGUARD_LOG");
    if (!path)
        return;
    int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0600);
    if (fd < 0)
        return;
    char line[512];
    int n = snprintf(line, sizeof line, "%d %s %s\n", (int)getpid(), what, detail ? detail : "");
    if (n > 0)
        (void)!write(fd, line, (size_t)(n < (int)sizeof line ? n : (int)sizeof line - 1));
    close(fd);
}

int socket(int domain, int type, int protocol)
{
    if (domain == AF_UNIX) {
        note("local-socket", "");
        int (*real)(int, int, int) = (int (*)(int, int, int))dlsym(RTLD_NEXT, "socket");
        return real(domain, type, protocol);
    }
    char detail[32];
    snprintf(detail, sizeof detail, "domain=%d", domain);
    note("socket", detail);
    errno = EACCES;
    return -1;
}

int getaddrinfo(const char* node, const char* service, const struct addrinfo* hints, struct addrinfo** res)
{
    (void)service;
    (void)hints;
    (void)res;
    note("getaddrinfo", node);
    return EAI_FAIL;
}

int execve(const char* path, char* const argv[], char* const envp[])
{
    (void)argv;
    (void)envp;
    note("execve", path);
    errno = EACCES;
    return -1;
}

int execv(const char* path, char* const argv[])
{
    (void)argv;
    note("execv", path);
    errno = EACCES;
    return -1;
}

int execvp(const char* file, char* const argv[])
{
    (void)argv;
    note("execvp", file);
    errno = EACCES;
    return -1;
}

int posix_spawn(pid_t* pid, const char* path, const posix_spawn_file_actions_t* actions,
    const posix_spawnattr_t* attributes, char* const argv[], char* const envp[])
{
    (void)pid, (void)actions, (void)attributes, (void)argv, (void)envp;
    note("posix_spawn", path);
    return EACCES;
}

int posix_spawnp(pid_t* pid, const char* file, const posix_spawn_file_actions_t* actions,
    const posix_spawnattr_t* attributes, char* const argv[], char* const envp[])
{
    (void)pid, (void)actions, (void)attributes, (void)argv, (void)envp;
    note("posix_spawnp", file);
    return EACCES;
}

int system(const char* command)
{
    note("system", command);
    return -1;
}

FILE* popen(const char* command, const char* type)
{
    (void)type;
    note("popen", command);
    errno = EACCES;
    return NULL;
}

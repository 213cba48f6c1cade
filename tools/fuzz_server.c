// fuzz_server.c: a fork server for tools/fuzz.py (`make fuzz`).
//
// An AddressSanitizer build of mgc spends most of a small run starting up
// (mapping its shadow memory), so running it once per input would limit the
// fuzzer to a dozen inputs a second. This program is linked with the
// compiler's objects, driver/main.c's main renamed mgc_process_main by the
// Makefile; it starts once and runs each input in a forked child:
//
//   for each line "TIMEOUT\tSTDERR_FILE\tARG1\tARG2..." on stdin:
//       child := fork()
//       in child: stdout -> /dev/null, stderr -> STDERR_FILE,
//                 SIGALRM after TIMEOUT seconds (a hang),
//                 exit(mgc_process_main("mgc", ARG1, ARG2, ...))
//       wait for child; print "exit N" or "signal N" on stdout
//
// It does no checking of its own: fuzz.py reads the status and the stderr
// file (sanitizer reports, internal compiler errors).

#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

int mgc_process_main(int argc, char **argv);

enum { MAX_ARGS = 32 };

// split_tabs cuts line at its tabs into fields; returns how many.
static int split_tabs(char *line, char **fields, int max) {
    int n = 0;
    char *save = NULL;
    for (char *f = strtok_r(line, "\t\n", &save); f && n < max; f = strtok_r(NULL, "\t\n", &save))
        fields[n++] = f;
    return n;
}

// run_child is the forked child: one mgc run, never returns.
static void run_child(int timeout, const char *errpath, int argc, char **argv) {
    int null = open("/dev/null", O_RDWR);
    int err = open(errpath, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (null < 0 || err < 0)
        _exit(120);
    dup2(null, 0);
    dup2(null, 1);
    dup2(err, 2);
    close(null);
    close(err);
    alarm(timeout);
    int status = mgc_process_main(argc, argv);
    fflush(stderr);
    _exit(status);   // not exit(): the sanitizers' exit handlers cost more than the run
}

int main(void) {
    char line[8192];
    setvbuf(stdout, NULL, _IOLBF, 0);
    while (fgets(line, sizeof line, stdin)) {
        char *fields[MAX_ARGS + 2];
        int n = split_tabs(line, fields, MAX_ARGS + 2);
        if (n < 3) {
            printf("bad request\n");
            continue;
        }
        char *argv[MAX_ARGS + 2];
        int argc = 0;
        argv[argc++] = "mgc";
        for (int i = 2; i < n; i++)
            argv[argc++] = fields[i];
        argv[argc] = NULL;
        fflush(stdout);
        pid_t pid = fork();
        if (pid < 0) {
            perror("fuzz_server: fork");
            return 1;
        }
        if (pid == 0)
            run_child(atoi(fields[0]), fields[1], argc, argv);
        int status;
        if (waitpid(pid, &status, 0) < 0) {
            perror("fuzz_server: waitpid");
            return 1;
        }
        if (WIFSIGNALED(status))
            printf("signal %d\n", WTERMSIG(status));
        else
            printf("exit %d\n", WEXITSTATUS(status));
    }
    return 0;
}

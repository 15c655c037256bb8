"""The trusted runner: a warm, pre-imported process that serves many calls and judges each case from outside.

Started by `generator.problems.sandbox` as `python -s -S -P -B -X utf8 runner.py CONFIG_JSON` (possibly inside
bubblewrap). Stdlib only: it never imports the project, and the project's site-packages are not on sys.path.

Three levels of processes, so that nothing of one call can reach the next:
* the warm runner (long-lived, one per idle slot of the worker's pool): imports, seccomp, subreaper. It never
  holds a source, an input or an output: per call it reads only the call's limits, then forks
* a call process, which reads the source, compiles it ONCE, and forks
* one fresh case process per input, judged by the call process (wait4 rusage of the tree, its own files).
Beside them the warm runner keeps a janitor (forked once, before the first call), which lists and removes what a
case left and counts the names it made, so that no name of a case's files enters the call process (see janitor).
When the call process has ended, the warm runner kills every process left (it is a subreaper too), and restores
every place the jail lets a case write to its inventory taken at start (/tmp, /dev/shm, the jail's root, the
scratch dir: new entries removed, changed modes and times put back); anything it cannot restore is reported
`dirty` and the worker retires this runner. The call process's memory (source, outputs, freed heap) dies
with it, so a later call's case cannot find an earlier call's data even in its own copy of the heap.

Protocol (fd 0 = control pipe from the worker, fd 1 = result pipe to the worker; both closed in every case):
  runner -> worker: "ready JSON\n" once (the layers it activated).
  worker -> runner: per call, 32-byte header "call LEN" + LEN bytes of JSON limits (with the wall-clock ms
                    left for the call); then (read by the call process) "src LEN" + source; per case "case LEN"
                    followed by LEN input bytes (spliced straight into the case's stdin file: later inputs wait
                    in the kernel's pipe, which no case can reach, and never enter this process's memory before
                    their case; earlier ones never do); "end" to end the call. The worker streams all of it at
                    once, so cases run back to back without a round trip each.
  runner -> worker: per case "result VERDICT EXIT|- CPU_MS WALL_MS OUT_LEN ERR_LEN\n" + stdout + stderr bytes,
                    then "done clean\n" (ready for the next call), "done dirty REASON\n" or "done failed
                    STATUS\n" (the runner exits; every result of the call is discarded by the worker).

Everything in a result is measured here, after the case's whole process tree is dead: exit status and CPU from
wait4() rusage of every process of the tree (this runner is a child subreaper, so orphans come back to it),
stdout/stderr from files this runner created. The untrusted child cannot write to fd 1 (closed before its code
runs), cannot ptrace or signal this runner (seccomp, where active; bwrap's pid namespace and the uid boundary
otherwise), and every case is a fresh fork of the pristine runner, so no state survives between cases.
"""

import atexit
import builtins
import ctypes
import gc
import json
import linecache
import opcode
import os
import resource
import signal
import stat
import struct
import sys
import time
import types

# Pre-imported so a case's imports of them are dictionary lookups (the runner is forked, never re-exec'd).
# `random` is deliberately not here: a pre-seeded generator would be shared by every fork.
import bisect, collections, functools, heapq, io, itertools, math, operator, re, string, threading, traceback  # noqa: E401,F401

HEADER = 32
ERR_HEAD, ERR_TAIL = 1024, 3072
THREAD_STACK = 8 << 20  # RLIMIT_STACK is huge (deep recursion), and glibc sizes threads from it
PR_SET_PDEATHSIG, PR_SET_DUMPABLE, PR_SET_CHILD_SUBREAPER = 1, 4, 36
CLK_TCK = os.sysconf("SC_CLK_TCK")
POLL = 0.005  # seconds between CPU/memory checks of a running case
# Files and directories a case may create in the jail's /tmp and /dev/shm together. The tmpfs size caps their
# bytes, not their number: an empty file or a hard link with a long name holds ~0.5-1 KB of kernel memory that no
# RSS shows, and 2 s of CPU made ~450,000 of them, which took the clean-up ~15 s to remove one by one.
MAX_NEW_FILES = 10000
SIGPENDING = 256  # timers and queued signals a case's uid may hold (the kernel counts the uid's, in a jail its own)
KILLS = ("kill", "tkill", "tgkill", "rt_sigqueueinfo", "rt_tgsigqueueinfo")  # syscalls that signal a pid
LOW32 = 0xFFFFFFFF
PR_SET_SECCOMP, SECCOMP_MODE_FILTER = 22, 2
PR_SET_NO_NEW_PRIVS = 38
CAPABILITY_VERSION_3 = 0x20080522
# statmount, listmount, lsm_set_self_attr, setxattrat, removexattrat, open_tree_attr, file_setattr (Linux 6.8-6.17)
NEW_SYSCALLS_DENIED = (457, 458, 460, 463, 466, 467, 469)
PID_PLACEHOLDER = 0x3EC0CA5E  # stands for the case's pid in the compiled per-case filter (no pid is this big)
LIBC = ctypes.CDLL(None, use_errno=True)

CONFIG = json.loads(sys.argv[1])
SCRATCH = None  # read from the control pipe first (not the command line, which every process can read)
ME = __file__
LAYERS = {}
SECCOMP = None  # the pyseccomp module once the runner's filter is loaded: call processes add their own
# Set per call in the call process, from the call's limits (the warm runner itself never runs a case).
CPU = OUT_CAP = MEMORY = NPROC = CALL_DIR = None
OOM_SCORE = None  # the call process's OOM score (1000, see first_to_go): no process of a case may hold less
SIGNAL_FILTER = None  # (compiled BPF, offsets of the pid placeholder), per call outside bubblewrap


def prctl(option, value):
    try:
        return ctypes.CDLL(None, use_errno=True).prctl(option, value, 0, 0, 0) == 0
    except (OSError, AttributeError):
        return False


def load_seccomp():
    """Deny what no stdin->stdout program needs and an attacker wants. Inherited by every fork."""
    path = CONFIG.get("seccomp_module")
    if not path:
        return "no binding"
    try:
        import ctypes.util
        import importlib.util
        # find_library() would run `ldconfig -p` (tens of ms, and absent in a jail): the sonames are fixed.
        sonames = {"c": "libc.so.6", "seccomp": CONFIG.get("seccomp_library") or "libseccomp.so.2"}
        ctypes.util.find_library = sonames.get
        spec = importlib.util.spec_from_file_location("pyseccomp", path)
        sc = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sc)
        deny, f = sc.ERRNO(1), sc.SyscallFilter(sc.ALLOW)  # EPERM
        for name in ("ptrace", "process_vm_readv", "process_vm_writev", "setsid", "setpgid", "pidfd_getfd",
                     "pidfd_send_signal", "pidfd_open", "kcmp", "bpf", "perf_event_open", "userfaultfd", "unshare",
                     "setns", "mount", "umount2", "pivot_root", "chroot", "keyctl", "add_key", "request_key",
                     "io_uring_setup", "io_uring_enter", "io_uring_register", "socket", "socketcall", "connect",
                     "sendto", "sendmsg", "sendmmsg", "bind", "listen", "accept", "accept4",
                     "syslog",  # the kernel log, readable where kernel.dmesg_restrict is 0: host and other calls' traces
                     "sync", "syncfs",  # write back every file system of the host, waiting uninterruptibly for it
                     # A pipe's reference to a page of a transparent huge page keeps all 2 MB of it, which no
                     # process's resident size shows: 100 pages vmspliced and unmapped held 178 MB beside 10 MB of RSS.
                     "vmsplice",
                     # Instances are counted per uid of the host (128), which as root's uid outside a jail started
                     # as root is every root process's: a case held them all, and inotify_init failed outside it.
                     "inotify_init", "inotify_init1", "fanotify_init",
                     # Native AIO contexts come from one count for the whole machine (fs.aio-max-nr, 65,536): a case
                     # that took it all made io_setup fail with EAGAIN for every process of every uid and container.
                     "io_setup"):
            try:
                f.add_rule(deny, name)
            except Exception:
                pass  # a syscall this architecture does not have
        for name in ("shmget", "msgget", "semget", "mq_open", "setxattr", "lsetxattr", "fsetxattr",
                     "removexattr", "lremovexattr", "fremovexattr", "memfd_create", "memfd_secret"):
            try:  # state that could outlive a case outside the files the runner restores, or memory that no
                f.add_rule(deny, name)  # process's RSS shows (a memfd held open): files go to the quota'd /tmp
            except Exception:
                pass
        # Syscalls newer than the libseccomp a machine has are unknown by name to it (2.5.4 knows none past 452), so
        # they are denied by number (the same on every architecture from 424 on). setxattrat put a user xattr on
        # the jail's /tmp and /dev/shm, which the runner's inventory does not restore: the next call, another
        # program, read it. file_setattr sets inode flags, as FS_IOC_SETFLAGS / FS_IOC_FSSETXATTR do (below);
        # statmount / listmount, lsm_set_self_attr, open_tree_attr: nothing a stdin -> stdout program needs.
        for number in NEW_SYSCALLS_DENIED:
            f.add_rule(deny, number)
        # FS_IOC_SETFLAGS (64- and 32-bit), FS_IOC_FSSETXATTR; FS_IOC_ENABLE_VERITY, which makes a file read-only for
        # good with only a read-only descriptor and write permission on the inode (as root, every root-owned file)
        for cmd in (0x40086602, 0x40046602, 0x401C5820, 0x40806685):
            f.add_rule(deny, "ioctl", sc.Arg(1, sc.MASKED_EQ, LOW32, cmd))  # noatime/nodump flags outlive a call
        # socketpair() makes a connected pair that reaches nothing, but its buffers (SO_SNDBUF up to wmem_max, 4 MB
        # per socket) are kernel memory no RSS shows: 4 processes held 900 MB under a 256 MB limit. And it creates
        # sockets of any family, possibly loading a protocol module. Pipes remain (bounded per uid).
        f.add_rule(deny, "socketpair")
        # (Hardening.) Huge pages of the kernel's reserved pool (MAP_HUGETLB) show in no RssAnon (HugetlbPages): where
        # a machine reserves some (vm.nr_hugepages, 0 here), a case's 48 processes of 256 MB each could hold 12 GB of
        # them past the memory limit, and take the pool from the programs it was reserved for.
        f.add_rule(deny, "mmap", sc.Arg(3, sc.MASKED_EQ, 0x40000, 0x40000))  # MAP_HUGETLB (x86_64 and aarch64)
        # Pages a process sends to swap itself (MADV_PAGEOUT) leave its resident size at once: where swap is on, two
        # children of a case that touched 144 MB each in chunks of 8 MB and paged every chunk out held 288 MB under a
        # 200 MB limit, ok (pages of a shared anonymous map, once swapped, show in no count of the process at all).
        # process_madvise gives the same advice through a pidfd (CLONE_PIDFD hands a case its children's).
        f.add_rule(deny, "madvise", sc.Arg(2, sc.MASKED_EQ, LOW32, 21))  # MADV_PAGEOUT
        # No shared anonymous memory (MAP_SHARED or MAP_SHARED_VALIDATE with MAP_ANONYMOUS): its pages belong to a
        # shmem object that lives as long as any page of it is mapped, so a case that mapped 96 MB, filled it and
        # unmapped all but the last page held the 96 MB where no count of the process shows them (nor RLIMIT_AS: the
        # mapping is gone), and did it again: 768 MB under a 256 MB limit, ok, in 0.5 s of CPU. A shared mapping of
        # /dev/zero makes the same object: the jail has no /dev/zero, and Landlock does not open it.
        f.add_rule(deny, "mmap", sc.Arg(3, sc.MASKED_EQ, 0x21, 0x21))
        try:
            f.add_rule(deny, "process_madvise")
        except Exception:
            pass  # a libseccomp that does not know it (Linux 5.10 added it)
        # SIGCHLD's action may not change (the runner set the default before this filter): with SIG_IGN or
        # SA_NOCLDWAIT the kernel reaps a case's children itself, and an auto-reaped child's CPU reaches no parent's
        # rusage, while a poll sees a child only as long as it lives. A case burned seconds of CPU in short-lived
        # children under a 1 s limit and was reported ok with 20 ms. (Reading the action, act == NULL, is allowed.)
        f.add_rule(deny, "rt_sigaction", sc.Arg(0, sc.MASKED_EQ, LOW32, signal.SIGCHLD), sc.Arg(1, sc.NE, 0))
        f.add_rule(sc.ERRNO(38), "clone3")  # ENOSYS: glibc falls back to clone(), whose flags can be checked
        # No truncation but through a descriptor opened for writing: Landlock handles truncation only from ABI 3
        # (Linux 6.2), and on older kernels a case without bubblewrap truncated by path any file its uid may write
        # (a developer's checkout, the interpreter of a virtualenv; as root, every root-owned file), and through
        # open(O_RDONLY | O_TRUNC), which Linux honours, one Landlock lets it read. openat2 takes its flags in a
        # struct no rule can read: ENOSYS, and the C library falls back to openat.
        f.add_rule(deny, "truncate")
        for name, flags in (("open", 1), ("openat", 2)):
            f.add_rule(deny, name, sc.Arg(flags, sc.MASKED_EQ, os.O_ACCMODE | os.O_TRUNC, os.O_RDONLY | os.O_TRUNC))
        f.add_rule(sc.ERRNO(38), "openat2")
        for bit in (0x20000, 0x02000000, 0x04000000, 0x08000000, 0x10000000, 0x20000000, 0x40000000):
            f.add_rule(deny, "clone", sc.Arg(0, sc.MASKED_EQ, bit, bit))  # CLONE_NEW*: no new namespaces
        f.add_rule(deny, "prlimit64", sc.Arg(0, sc.NE, 0))  # own limits only (setrlimit is prlimit64(0, ...))
        # Scheduling of other processes (a niced or SCHED_IDLE runner would slow every later call): self only.
        # NE on the full 64 bits: a value the kernel truncates to 0 (self) is denied too, never let through.
        for name in ("sched_setscheduler", "sched_setparam", "sched_setattr", "sched_setaffinity"):
            f.add_rule(deny, name, sc.Arg(0, sc.NE, 0))
        f.add_rule(deny, "setpriority", sc.Arg(0, sc.NE, 0))  # PRIO_PROCESS only (not the group, the user)
        f.add_rule(deny, "setpriority", sc.Arg(1, sc.NE, 0))  # ... of itself
        f.add_rule(deny, "ioprio_set", sc.Arg(0, sc.NE, 1))  # IOPRIO_WHO_PROCESS
        f.add_rule(deny, "ioprio_set", sc.Arg(1, sc.NE, 0))
        # The kernel signals a file's owner on I/O (SIGIO, or any signal chosen with F_SETSIG) without kill():
        # no setting of an owner at all, or any process could be killed past the rules below.
        for cmd in (8, 15):  # F_SETOWN, F_SETOWN_EX (cmd is an unsigned int: compare the low 32 bits only)
            f.add_rule(deny, "fcntl", sc.Arg(1, sc.MASKED_EQ, LOW32, cmd))
        for cmd in (0x8901, 0x8902):  # FIOSETOWN, SIOCSPGRP
            f.add_rule(deny, "ioctl", sc.Arg(1, sc.MASKED_EQ, LOW32, cmd))
        # No lease (F_SETLEASE): every other process that opens a leased file waits for the holder, up to
        # fs.lease-break-time (45 s). A case may lease any file its uid owns, which as root's uid outside a jail started
        # as root is every root-owned file bound into it: a write lease on the interpreter's mailbox .pyc made a
        # concurrent call's case that imported mailbox run out of its wall clock, and the worker waited on it too.
        f.add_rule(deny, "fcntl", sc.Arg(1, sc.MASKED_EQ, LOW32, 1024))
        protected = {os.getpid(), os.getppid(), *CONFIG.get("protect_pids", [])}
        for name in KILLS:
            # pid_t is 32 bits: the kernel drops the upper half of the register, so compare the lower half only
            # ((1 << 32) | pid must not slip past a 64-bit comparison and still reach pid).
            f.add_rule(deny, name, sc.Arg(0, sc.MASKED_EQ, LOW32, 0))  # own process group
            f.add_rule(deny, name, sc.Arg(0, sc.MASKED_EQ, 0x80000000, 0x80000000))  # -1 (everyone), -pgid
            for pid in protected:
                f.add_rule(deny, name, sc.Arg(0, sc.MASKED_EQ, LOW32, pid))  # this runner and its parents
        f.load()
        deny_future_syscalls()
        global SECCOMP
        SECCOMP = sc
        return True
    except Exception as exc:  # noqa: BLE001 - no libseccomp, or the kernel refuses filters: layer inactive
        return "%s: %s" % (type(exc).__name__, exc)


# The filter above allows what it does not name, and a kernel newer than this file adds syscalls (setxattrat came in
# 6.13 and put state past the runner's clean-up). Every syscall number from FIRST_UNKNOWN_SYSCALL on — numbered alike
# on every architecture since 424 — answers ENOSYS (glibc and CPython fall back, as on an older kernel), by a second
# filter of 7 instructions: libseccomp cannot compare the syscall number itself, and a rule per number would
# lengthen every syscall's path through the first one.
FIRST_UNKNOWN_SYSCALL = 470  # past file_setattr (469, Linux 6.17)
AUDIT_ARCHES = (0xC000003E, 0xC00000B7)  # x86_64, aarch64: the arches whose numbers this is about


def deny_future_syscalls():
    ld_abs, jeq, jge, ret = 0x20, 0x15, 0x35, 0x06  # BPF_LD|BPF_W|BPF_ABS, BPF_JMP|BPF_JEQ|BPF_K, ...JGE, BPF_RET
    program = [
        (ld_abs, 0, 0, 4),  # seccomp_data.arch
        (jeq, 1, 0, AUDIT_ARCHES[0]),
        (jeq, 0, 3, AUDIT_ARCHES[1]),  # another arch: allowed here (the first filter kills it)
        (ld_abs, 0, 0, 0),  # seccomp_data.nr
        (jge, 0, 1, FIRST_UNKNOWN_SYSCALL),
        (ret, 0, 0, 0x00050000 | 38),  # SECCOMP_RET_ERRNO | ENOSYS
        (ret, 0, 0, 0x7FFF0000),  # SECCOMP_RET_ALLOW
    ]
    code = b"".join(struct.pack("=HBBI", *op) for op in program)
    buffer = ctypes.create_string_buffer(code, len(code))
    fprog = SockFprog(len(program), ctypes.cast(buffer, ctypes.c_void_p))
    if LIBC.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0) != 0:  # (no_new_privs is set)
        raise OSError(ctypes.get_errno(), "could not load the filter of unknown syscalls")


# Without the seccomp layer (no libseccomp or no pyseccomp on the machine: bubblewrap alone, jail_layers says so) every
# rule above was missing, and with it what the earlier fixes rest on. In bubblewrap alone a case set SIGCHLD to SIG_IGN
# and burned 1.8 s of CPU in children the kernel reaped by itself under a 1 s limit: ok, 44 ms. So where load_seccomp
# fails, the runner loads this filter of its own, assembled here without libseccomp (as deny_future_syscalls), for
# x86_64 and aarch64 by number; every i386 and x32 syscall answers EPERM. Each rule says which hole it closes.
# (x86_64 number, aarch64 number or None, check): the check names a block of argument tests below, or None (always).
FALLBACK_RULES = (
    # SIGCHLD's action may not change: an auto-reaped child's CPU reaches no rusage (see load_seccomp)
    (13, 134, "sigaction"),
    # State beside the files the runner restores, which the next call (another program) of this jail found: user
    # xattrs on the jail's /tmp and /dev/shm, inode flags (FS_IOC_SETFLAGS, ...), POSIX message queues, keys in the jail
    # uid's keyrings (the jail's IPC and user namespaces live as long as the runner), System V IPC objects
    (188, 5, None), (189, 6, None), (190, 7, None), (197, 14, None), (198, 15, None), (199, 16, None),  # *xattr
    *((number, number, None) for number in NEW_SYSCALLS_DENIED),  # setxattrat, removexattrat, file_setattr, ...
    (16, 29, "ioctl"),
    (240, 180, None), (248, 217, None), (249, 218, None), (250, 219, None),  # mq_open, add_key, request_key, keyctl
    (29, 194, None), (68, 186, None), (64, 190, None),  # shmget, msgget, semget
    # Memory that no resident size shows, and counts every process of the machine draws on (see load_seccomp). A case
    # made a user and mount namespace inside the jail, mounted a tmpfs there and held 320 MB in it under 256 MB, ok:
    # no new namespaces (unshare, setns, clone with CLONE_NEW*; clone3 answers ENOSYS, glibc falls back to clone).
    (272, 97, None), (308, 268, None), (56, 220, "clone"), (435, 435, "enosys"),
    (9, 222, "mmap"), (28, 233, "madvise"), (440, 440, None),  # shared anonymous or huge-page maps, MADV_PAGEOUT
    (278, 75, None), (41, 198, None), (53, 199, None),  # vmsplice, socket, socketpair
    (319, 279, None), (447, 447, None),  # memfd_create, memfd_secret
    (253, None, None), (294, 26, None), (300, 262, None), (206, 0, None),  # inotify_init(1), fanotify_init, io_setup
    (425, 425, None), (426, 426, None), (427, 427, None),  # io_uring
    (72, 25, "fcntl"), (162, 81, None), (306, 267, None),  # F_SETLEASE; sync, syncfs (a host-wide write-back)
    (323, 282, None), (298, 241, None), (321, 280, None),  # userfaultfd, perf_event_open, bpf
    # Other processes. Without bubblewrap's pid namespace a case signalled the worker, its runner and its call process
    # (SIGKILL would end the worker and every job in it; as root kill(-1) reaches every root process of the machine):
    # no signal to a process group, to everyone or to these (and outside a jail each case loads fallback_self_only);
    # no ptrace, process_vm_*, kcmp, pidfds, setsid / setpgid, nor prlimit of another process.
    *((x86, arm, "kill") for x86, arm in ((62, 129), (200, 130), (234, 131), (129, 138), (297, 240))),
    (101, 117, None), (310, 270, None), (311, 271, None), (312, 272, None), (112, 157, None), (109, 154, None),
    (424, 424, None), (434, 434, None), (438, 438, None), (302, 261, "self"),
    # ... nor its scheduling (a case reniced the worker, set its CPUs): sched_* and setpriority / ioprio_set on itself
    # only; F_SETOWN and FIOSETOWN are in the fcntl and ioctl checks (the kernel signals a file's owner on I/O)
    (144, 119, "self"), (142, 118, "self"), (314, 274, "self"), (203, 122, "self"),
    (141, 140, "setpriority"), (251, 30, "ioprio"),
    # Truncation only through a descriptor opened for writing, as load_seccomp has it (redteam30): outside bubblewrap,
    # where Landlock handles no truncation (ABI < 3, Linux 5.13-6.1), a case truncated by path, and through
    # open(O_RDONLY | O_TRUNC), any file its uid may write: as root every root-owned file of the machine. truncate;
    # open and openat with O_RDONLY | O_TRUNC; openat2 answers ENOSYS (its flags are in a struct). And syslog, the
    # kernel log (readable where kernel.dmesg_restrict is 0: the host's and other calls' traces).
    (76, 45, None), (2, None, "open"), (257, 56, "openat"), (437, 437, "enosys"), (103, 116, None),
)
FALLBACK_KILLS = ((62, 129), (200, 130), (234, 131), (129, 138), (297, 240))  # kill, tkill, tgkill, rt_(tg)sigqueueinfo
FALLBACK_CLONE_NEW = 0x7E020000  # CLONE_NEWNS, NEWCGROUP, NEWUTS, NEWIPC, NEWUSER, NEWPID, NEWNET
FALLBACK_IOCTLS = (0x40086602, 0x40046602, 0x401C5820, 0x40806685, 0x8901, 0x8902)  # as in load_seccomp
FALLBACK_SIGCHLD = 17  # (the same number on both)


def fallback_program(protected=()):
    """The fallback filter as (code, jt, jf, k) instructions: jump targets are labels, resolved at the end (BPF jumps
    only forward, so every shared block follows the code that jumps to it)."""
    ld, jeq, jge, jset, ret = 0x20, 0x15, 0x35, 0x45, 0x06  # BPF_LD|W|ABS, JMP|JEQ|K, JMP|JGE|K, JMP|JSET|K, RET|K
    arg = lambda index, high=False: 16 + 8 * index + (4 if high else 0)  # noqa: E731 - seccomp_data.args, little-endian
    code = [(ld, 0, 0, 4), (jeq, "x86_64", 0, AUDIT_ARCHES[0]), (jeq, "aarch64", 0, AUDIT_ARCHES[1]),
            (jeq, "eperm", "allow", 0x40000003)]  # i386 (int 0x80 on x86_64): EPERM; another arch: allowed
    for column, arch in enumerate(("x86_64", "aarch64")):
        code += [arch, (ld, 0, 0, 0)]
        if arch == "x86_64":
            code.append((jge, "eperm", 0, 0x40000000))  # x32's numbers
        for rule in FALLBACK_RULES:
            if rule[column] is not None:
                code.append((jeq, rule[2] or "eperm", 0, rule[column]))
        code += [(jge, "enosys", "allow", FIRST_UNKNOWN_SYSCALL)]
    code += ["sigaction", (ld, 0, 0, arg(0)), (jeq, 0, "allow", FALLBACK_SIGCHLD),
             (ld, 0, 0, arg(1)), (jeq, 0, "eperm", 0), (ld, 0, 0, arg(1, True)), (jeq, "allow", "eperm", 0)]
    code += ["clone", (ld, 0, 0, arg(0)), (jset, "eperm", "allow", FALLBACK_CLONE_NEW)]
    code += ["mmap", (ld, 0, 0, arg(3)), (jset, "eperm", 0, 0x40000),  # MAP_HUGETLB
             (0x54, 0, 0, 0x21), (jeq, "eperm", "allow", 0x21)]  # BPF_ALU|AND|K: MAP_SHARED | MAP_ANONYMOUS
    code += ["madvise", (ld, 0, 0, arg(2)), (jeq, "eperm", "allow", 21)]  # MADV_PAGEOUT
    for name, flags in (("open", 1), ("openat", 2)):  # (flags & (O_ACCMODE | O_TRUNC)) == O_RDONLY | O_TRUNC
        code += [name, (ld, 0, 0, arg(flags)), (0x54, 0, 0, os.O_ACCMODE | os.O_TRUNC),
                 (jeq, "eperm", "allow", os.O_RDONLY | os.O_TRUNC)]
    code += ["fcntl", (ld, 0, 0, arg(1)), (jeq, "eperm", 0, 8), (jeq, "eperm", 0, 15),  # F_SETOWN(_EX)
             (jeq, "eperm", "allow", 1024)]  # F_SETLEASE
    code += ["setpriority", (ld, 0, 0, arg(0)), (jeq, 0, "eperm", 0), (ld, 0, 0, arg(1)), (jeq, 0, "eperm", 0),
             (ld, 0, 0, arg(1, True)), (jeq, "allow", "eperm", 0)]  # PRIO_PROCESS of itself
    code += ["ioprio", (ld, 0, 0, arg(0)), (jeq, 0, "eperm", 1), (ld, 0, 0, arg(1)), (jeq, 0, "eperm", 0),
             (ld, 0, 0, arg(1, True)), (jeq, "allow", "eperm", 0)]  # IOPRIO_WHO_PROCESS of itself
    code += ["ioctl", (ld, 0, 0, arg(1))]
    code += [(jeq, "eperm", 0, cmd) for cmd in FALLBACK_IOCTLS] + [(ret, 0, 0, 0x7FFF0000)]
    # a signal's pid, 32 bits as the kernel reads it: not 0 (its group), not negative (a group, everyone), not a
    # protected process; prlimit64 on itself only (pid 0, all 64 bits)
    code += ["kill", (ld, 0, 0, arg(0)), (jeq, "eperm", 0, 0), (jset, "eperm", 0, 0x80000000)]
    code += [(jeq, "eperm", 0, pid) for pid in protected] + [(ret, 0, 0, 0x7FFF0000)]
    code += ["self", (ld, 0, 0, arg(0)), (jeq, 0, "eperm", 0), (ld, 0, 0, arg(0, True)), (jeq, "allow", "eperm", 0)]
    code += ["eperm", (ret, 0, 0, 0x00050000 | 1), "enosys", (ret, 0, 0, 0x00050000 | 38),
             "allow", (ret, 0, 0, 0x7FFF0000)]
    return assemble(code)


# chmod, fchmod, fchmodat, fchmodat2, rename, renameat, renameat2; utime, utimes, futimesat, utimensat, chown, fchown,
# lchown, fchownat (x86_64, aarch64): see RENAME_CALLS
FALLBACK_RENAMES = ((90, None), (91, 52), (268, 53), (452, 452), (82, None), (264, 38), (316, 276),
                    (132, None), (235, None), (261, None), (280, 88), (92, None), (93, 55), (94, None), (260, 54))


def fallback_self_only(pid, no_shared=False):
    """Outside bubblewrap without the seccomp layer, a case's filter of its own: the signal calls reach the case process
    alone (as the seccomp layer's per-case filter: any other pid may be a thread of the worker), and, as that filter
    has it (prepare_signal_filter; redteam30), no chmod, rename, times or owner set (a case made the worker's nest of
    runner dirs, mode 0300, listable: without Landlock it then found other calls' scratch dirs; see RENAME_CALLS) and,
    with `no_shared` (no Landlock), no shared map at all (a shared map of /dev/zero, which only Landlock keeps closed
    there, held 384 MB under 256 MB)."""
    ld, jeq, jset, ret = 0x20, 0x15, 0x45, 0x06
    code = [(ld, 0, 0, 4), (jeq, "x86_64", 0, AUDIT_ARCHES[0]), (jeq, "aarch64", "allow", AUDIT_ARCHES[1])]
    for column, (arch, mmap) in enumerate((("x86_64", 9), ("aarch64", 222))):
        code += [arch, (ld, 0, 0, 0)]
        code += [(jeq, "kill", 0, numbers[column]) for numbers in FALLBACK_KILLS]
        code += [(jeq, "eperm", 0, numbers[column]) for numbers in FALLBACK_RENAMES if numbers[column] is not None]
        if no_shared:
            code.append((jeq, "mmap", 0, mmap))
        code.append((ret, 0, 0, 0x7FFF0000))
    code += ["kill", (ld, 0, 0, 16), (jeq, 0, "eperm", pid), (ld, 0, 0, 20), (jeq, "allow", "eperm", 0)]
    code += ["mmap", (ld, 0, 0, 40), (jset, "eperm", "allow", 0x1)]  # args[3], the flags: MAP_SHARED(_VALIDATE)
    code += ["eperm", (ret, 0, 0, 0x00050000 | 1), "allow", (ret, 0, 0, 0x7FFF0000)]
    return assemble(code)


def assemble(code):
    """(code, jt, jf, k) instructions and label strings -> instructions with relative jumps (BPF jumps only forward)."""
    labels, program = {}, []
    for item in code:
        if isinstance(item, str):
            labels[item] = len(program)
        else:
            program.append(item)
    resolved = []
    for at, (op, jt, jf, k) in enumerate(program):
        jt, jf = ((labels[j] - at - 1 if isinstance(j, str) else j) for j in (jt, jf))
        if not (0 <= jt < 256 and 0 <= jf < 256):
            raise ValueError("a jump of the fallback filter is out of range")
        resolved.append((op, jt, jf, k))
    return resolved


def load_fallback_filter():
    """Where the seccomp layer could not load: the fallback filter (see FALLBACK_RULES). True, or why not."""
    global FALLBACK
    try:
        if LIBC.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "could not set no_new_privs")
        load_program(fallback_program(sorted({os.getpid(), os.getppid(), *CONFIG.get("protect_pids", [])})))
    except (OSError, ValueError, AttributeError) as exc:
        return "%s: %s" % (type(exc).__name__, exc)
    FALLBACK = True
    return True


FALLBACK = False  # whether the fallback filter is loaded (then each case outside a jail loads fallback_self_only)


def load_program(program):
    code = b"".join(struct.pack("=HBBI", *op) for op in program)
    buffer = ctypes.create_string_buffer(code, len(code))
    fprog = SockFprog(len(program), ctypes.cast(buffer, ctypes.c_void_p))
    if LIBC.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, ctypes.byref(fprog), 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "could not load a filter")


# Landlock (Linux >= 5.13): where no bubblewrap mounts everything read-only, a case may still write only in
# its runner's scratch dir and to a few harmless devices. As root outside a jail it could otherwise write
# every root-owned file: the project's own code (run by every later call), /proc/sys (kernel.core_pattern runs a
# program as root), raw disks. Reads are handled too: a case reads only the system's and the interpreter's files,
# its own /proc/<pid>, a few devices and its scratch dir, not the home dir (~/.aws), the project's source or its .env,
# which without a jail were open to it. Execution is not handled (an executable must still be readable to run).
# Not the rest of /proc: there every process's command line (a secret passed as an argument, a tool's --env JSON),
# status and CPU use were open to a case. Each call process makes a ruleset of its own with the /proc dirs of its
# ancestors (itself, the runner, the worker: non-dumpable, so their environ, memory and fds stay closed), to which
# each case adds its own /proc/<pid> before it enforces it (the runner's ruleset would collect every case's rule).
LANDLOCK_CREATE_RULESET, LANDLOCK_ADD_RULE, LANDLOCK_RESTRICT_SELF = 444, 445, 446  # the same on every arch
# The rights handled, by the ABI that added them: write a file, remove and make entries of every kind (1);
# link or rename across dirs (2); truncate (3); ioctl on a device (5). A rule on a single file may grant only
# the file's own: write, truncate, ioctl.
LANDLOCK_WRITES = {1: 0b1_1111_1111_0010, 2: 1 << 13, 3: 1 << 14, 5: 1 << 15}
LANDLOCK_FILE_WRITES = 1 << 1 | 1 << 14 | 1 << 15
WRITABLE_DEVICES = ("/dev/null", "/dev/full", "/dev/random", "/dev/urandom")  # not /dev/zero: see load_seccomp
LANDLOCK_READS = 1 << 2 | 1 << 3  # read a file, list a dir (ABI 1)
LANDLOCK_FILE_READS = 1 << 2
READABLE = ("/usr", "/lib", "/lib64", "/lib32", "/bin", "/sbin", "/etc/ld.so.cache", "/etc/localtime")
RULESET = None  # fd of the prepared ruleset (outside bubblewrap), which each case enforces on itself
SCRATCH_ID = None  # (inode, device) of the scratch dir the ruleset names


def landlock_call(number, *args):
    result = LIBC.syscall(ctypes.c_long(number), *args)
    if result < 0:
        raise OSError(ctypes.get_errno(), "landlock syscall %d" % number)
    return result


def prepare_landlock():
    """Build the ruleset once in the warm runner and try it on a throwaway child: True, or why not (an older
    kernel: the layer is inactive)."""
    global RULESET
    if CONFIG.get("jailed"):
        return "not needed (bubblewrap)"
    if CONFIG.get("landlock") is False:
        return "switched off (SANDBOX_LANDLOCK=0)"
    try:
        ruleset = build_ruleset()
        # A runtime that lets the ruleset be built but refuses to enforce it would fail every case: here the
        # layer is reported inactive instead.
        probe = os.fork()
        if probe == 0:
            status = 1
            try:
                RULESET = ruleset
                enforce_landlock()
                status = 0
            finally:
                os._exit(status)
        if os.waitpid(probe, 0)[1] != 0:
            os.close(ruleset)
            raise OSError("a ruleset could be built but not enforced")
    except (OSError, AttributeError) as exc:
        return "%s: %s" % (type(exc).__name__, exc)
    RULESET = ruleset
    return True


def build_ruleset():
    """Writes handled everywhere, allowed beneath the places a case may write to. A rule holds the inode of its
    place: a scratch dir made anew (the executor function wipes /tmp between invocations) needs a new ruleset."""
    global SCRATCH_ID
    abi = landlock_call(LANDLOCK_CREATE_RULESET, None, ctypes.c_size_t(0), ctypes.c_uint32(1))
    abi = min(abi, CONFIG.get("landlock_abi") or abi)  # (lowered: to check the path of an older kernel)
    handled = sum(bits for version, bits in LANDLOCK_WRITES.items() if version <= abi) | LANDLOCK_READS
    attr = ctypes.c_uint64(handled)
    ruleset = landlock_call(LANDLOCK_CREATE_RULESET, ctypes.byref(attr), ctypes.c_size_t(8), ctypes.c_uint32(0))
    try:
        make_scratch()
        # Not the machine's /tmp: other runners' scratch dirs are there, same uid (the case's own tempfiles go
        # to the scratch dir, its TMPDIR). Nor /dev/shm: nothing outside the scratch dir is cleaned up without
        # a jail, and files there are memory that outlives the case (Lambda has no /dev/shm at all).
        places = [(SCRATCH, handled)]
        places += [(path, handled & (LANDLOCK_FILE_WRITES | LANDLOCK_FILE_READS)) for path in WRITABLE_DEVICES]
        prefix = os.path.dirname(os.path.dirname(os.path.realpath(sys.executable)))  # <prefix>/bin/pythonX.Y
        places += [(path, LANDLOCK_READS) for path in READABLE + ((prefix,) if prefix != "/" else ())]
        for path, allowed in places:
            try:
                fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
            except OSError:
                continue  # (a device or a dir this machine lacks)
            try:
                if not stat.S_ISDIR(os.fstat(fd).st_mode):
                    allowed &= LANDLOCK_FILE_WRITES | LANDLOCK_FILE_READS  # a file's rule grants only a file's rights
                if path == SCRATCH:
                    SCRATCH_ID = os.fstat(fd)[1:3]
                rule = struct.pack("=Qi", allowed, fd)  # struct landlock_path_beneath_attr, packed
                landlock_call(LANDLOCK_ADD_RULE, ctypes.c_int(ruleset), ctypes.c_int(1), ctypes.c_char_p(rule),
                              ctypes.c_uint32(0))
            finally:
                os.close(fd)
    except BaseException:
        os.close(ruleset)
        raise
    return ruleset


def make_scratch():
    """The scratch dir, made again if it is gone (the executor function wipes /tmp between invocations): in its
    worker's nest of mode 0300, which a case can neither list nor (seccomp) chmod nor rename (see the worker)."""
    nest = os.path.dirname(SCRATCH)
    try:
        os.mkdir(nest, 0o300)
        os.chmod(nest, 0o300)
    except FileExistsError:
        pass
    try:
        os.mkdir(SCRATCH, 0o700)
    except FileExistsError:
        pass


def refresh_landlock():
    """Before a call: a ruleset whose scratch dir was removed and made again is built anew."""
    global RULESET
    if RULESET is None:
        return
    try:
        current = os.stat(SCRATCH)[1:3]
    except OSError:
        current = None
    if current != SCRATCH_ID:
        os.close(RULESET)
        RULESET = None
        RULESET = build_ruleset()


def ruleset_for_call():
    """In a call process: a ruleset of its own, with the /proc dirs of this process and its ancestors (its cases
    add their own /proc/<pid> to it; see READABLE)."""
    global RULESET
    if RULESET is None:
        return
    os.close(RULESET)  # (this process's copy: the runner keeps its own)
    RULESET = None
    RULESET = build_ruleset()
    for pid in sorted({os.getpid(), os.getppid(), CONFIG.get("parent_pid") or 0} - {0}):
        add_proc_rule("/proc/%d" % pid)


def add_proc_rule(path):
    """Reading beneath one process's /proc dir (`path` may be the /proc/self link)."""
    try:
        fd = os.open(path, os.O_PATH | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError:
        return  # (a process that is gone)
    try:
        rule = struct.pack("=Qi", LANDLOCK_READS, fd)
        landlock_call(LANDLOCK_ADD_RULE, ctypes.c_int(RULESET), ctypes.c_int(1), ctypes.c_char_p(rule),
                      ctypes.c_uint32(0))
    finally:
        os.close(fd)


def enforce_landlock(own_proc=False):
    """In a case: only the ruleset's places stay writable (and readable), for it and everything it starts;
    `own_proc`: its own /proc/<pid> is readable too."""
    if RULESET is None:
        return
    if own_proc:
        add_proc_rule("/proc/self")  # (the link leads to /proc/<pid>)
    if LIBC.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "could not set no_new_privs")
    landlock_call(LANDLOCK_RESTRICT_SELF, ctypes.c_int(RULESET), ctypes.c_uint32(0))


def read_exact(fd, n):
    chunks = []
    while n > 0:
        chunk = os.read(fd, min(n, 1 << 16))
        if not chunk:
            raise EOFError
        chunks.append(chunk)
        n -= len(chunk)
    return b"".join(chunks)


def write_all(fd, data):
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view):]


def copy_in(count, dst):
    """Move `count` bytes from the control pipe to dst without passing them through this process's memory."""
    while count > 0:
        try:
            moved = os.splice(0, dst, count)
        except (OSError, AttributeError):
            buffer = bytearray(min(count, 1 << 16))  # (zeroed after use: later cases are forks of this process)
            try:
                got = os.readv(0, [buffer])
                write_all(dst, memoryview(buffer)[:got])
                moved = got
            finally:
                buffer[:] = bytes(len(buffer))
        if moved == 0:
            raise EOFError
        count -= moved


def send_file(fd, count):
    """Send the first `count` bytes of the file `fd` down the result pipe without passing them through this process's
    memory, where the next case (a fork of this process) would find them: in the heap of the call process, freed but not
    cleared, a case read the outputs of the case before it."""
    offset = 0
    while offset < count:
        try:
            moved = os.splice(fd, 1, count - offset, offset_src=offset)
        except (OSError, AttributeError, TypeError):
            buffer = bytearray(min(count - offset, 1 << 16))
            try:
                moved = os.preadv(fd, [buffer], offset)
                write_all(1, memoryview(buffer)[:moved])
            finally:
                buffer[:] = bytes(len(buffer))
        if moved == 0:
            raise EOFError
        offset += moved


# --------------------------------------------------------------------------------------------------
# The process tree of a case
# --------------------------------------------------------------------------------------------------

# /proc/<pid>/task/<tid>/children needs CONFIG_PROC_CHILDREN, which a kernel may lack (it is optional, and Lambda's
# is not known to have it). Without it the lists came back empty: kill_all found nothing to kill and waited forever for
# a case's live children (until the worker's backstop: sandbox_error), and the tree's CPU, memory and task sums saw no
# grandchild. There a case's tree is found from every process's parent in /proc/<pid>/stat instead (slower: one scan
# of /proc per look; inside bubblewrap's pid namespace only the jail's processes).
CHILDREN_FILES = None  # set in main()


def children_of(pid):
    if not CHILDREN_FILES:
        return [child for child, parent in parents() if parent == pid]
    kids = []
    try:
        for tid in os.listdir("/proc/%d/task" % pid):
            with open("/proc/%d/task/%s/children" % (pid, tid)) as f:
                kids.extend(int(x) for x in f.read().split())
    except OSError:
        pass
    return kids


def descendants(root):
    if not CHILDREN_FILES:
        kids = {}
        for child, parent in parents():
            kids.setdefault(parent, []).append(child)
        look = lambda pid: kids.get(pid, ())  # noqa: E731 - one scan for the whole walk
    else:
        look = children_of
    found, todo = [], [root]
    while todo:
        for kid in look(todo.pop()):
            found.append(kid)
            todo.append(kid)
    return found


def parents():
    """(pid, parent pid) of every process in /proc (the fallback where the children files are missing)."""
    found = []
    for name in os.listdir("/proc"):
        if name.isdigit():
            try:
                with open("/proc/%s/stat" % name, "rb") as f:
                    found.append((int(name), int(f.read().rsplit(b")", 1)[1].split()[1])))
            except (OSError, ValueError, IndexError):
                pass  # (gone meanwhile)
    return found


def cpu_of(pid):
    """CPU seconds of a live process incl. its reaped children, or None."""
    try:
        with open("/proc/%d/stat" % pid) as f:
            fields = f.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None
    return sum(int(x) for x in fields[11:15]) / CLK_TCK  # utime stime cutime cstime


def memory_of(pid):
    """Resident bytes a process holds for itself: anonymous pages plus shared memory (MAP_SHARED anonymous
    maps and tmpfs files it maps), which statm's "shared" column would hide; not the interpreter's file pages.
    A process whose main thread ended alone (SYS_exit, not exit_group) shows no memory in its own status (that
    thread has no mm any more) while its other threads hold all of it: one of them is read instead. Children that
    did so held 390 MB under a 200 MB limit, and 24 of them could hold 24 x RLIMIT_AS."""
    total = memory_in("/proc/%d/status" % pid)
    if total is None:
        try:
            threads = os.listdir("/proc/%d/task" % pid)
        except OSError:
            threads = []
        for tid in threads:
            total = memory_in("/proc/%d/task/%s/status" % (pid, tid))
            if total is not None:
                break
    return total or 0


def memory_in(path):
    """RssAnon + RssShmem + VmSwap + VmPTE of a status file in bytes (private pages the kernel swapped out under memory
    pressure are the process's as much as resident ones), or None where it shows no memory (no mm) or is gone.

    VmPTE: the process's page tables, which no resident size shows and RLIMIT_AS does not bound (it counts the pages
    mapped, not the tables that map them). One page mapped every 1 GB and read once (the shared zero page: no RssAnon)
    costs a page table and a page directory, 8 KB each: one process held 400 MB of them under a 256 MB limit and 4
    held 1.6 GB, `ok`; 48 could hold 19 GB. An honest program's tables are a fraction of a percent of its memory."""
    total = None
    try:
        with open(path, "rb") as f:
            for line in f:
                if line.startswith((b"RssAnon:", b"RssShmem:", b"VmSwap:", b"VmPTE:")):
                    total = (total or 0) + int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return total


def oom_score(pid):
    """oom_score_adj of a process, or None (gone)."""
    try:
        fd = os.open("/proc/%d/oom_score_adj" % pid, os.O_RDONLY)
    except OSError:
        return None
    try:
        return int(os.read(fd, 32))
    except (OSError, ValueError):
        return None
    finally:
        os.close(fd)


def oom_score_lowered(tree):
    """Whether a process of the case's tree, or this call process, holds a lower OOM score than every case starts
    with. A case may make itself dumpable (prctl) or exec a program (dumpable anyway), and its /proc files are then
    its uid's: it wrote 0 to its oom_score_adj, and in a jail started as root to its call process's too, which every
    later case of the call inherited. With memory short, the OOM killer then took the worker (hundreds of MB, every
    job in it) before such a case. Where the worker runs as root the floor is fixed (see the worker's
    _runner_rlimits); elsewhere the case is stopped here, at the poll after the write."""
    if OOM_SCORE is None:
        return False
    for pid in (*tree, os.getpid()):
        score = oom_score(pid)
        if score is not None and score < OOM_SCORE:
            return True
    return False


def tasks(pid):
    try:
        return len(os.listdir("/proc/%d/task" % pid))
    except OSError:
        return 0


def files_in_use():
    """Inodes in use on the jail's own tmpfs mounts (a hard link counts as one too). Outside bubblewrap /tmp is the
    machine's and its count everyone's: the names beneath the scratch dir (the case's cwd and TMPDIR) are counted
    instead, up to the bound. With Landlock a case can write nowhere else; without it, elsewhere in /tmp too,
    uncounted (the worker wipes /tmp when a Lambda invocation starts)."""
    if not CONFIG.get("jailed"):
        return ask_janitor(b"n")  # (a walk of names: in the janitor, see there)
    total = 0
    for path in ("/tmp", "/dev/shm"):
        st = os.statvfs(path)
        total += st.f_files - st.f_ffree
    return total


def names_below(top, limit):
    """Entries beneath `top`, counted up to `limit`. A directory this runner cannot read (a case made it with
    mode 0, say) counts as the limit: names could hide there."""
    count, todo = 0, [top]
    while todo and count < limit:
        try:
            with os.scandir(todo.pop()) as entries:
                for entry in entries:
                    count += 1
                    if entry.is_dir(follow_symlinks=False):
                        todo.append(entry.path)
                    if count >= limit:
                        break
        except FileNotFoundError:
            pass  # (removed meanwhile)
        except OSError:
            return limit
    return count


def kill_all(spare=None):
    """SIGKILL every descendant of this runner (all belong to the case) until none is left; reap them. `spare`: the
    warm runner's janitor, a child of its own that lives on."""
    cpu = 0.0
    while True:
        left = [pid for pid in descendants(os.getpid()) if pid != spare]
        for pid in left:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        # Reap every child that has ended before walking the tree again. One reap per walk made the clean-up
        # quadratic: as root (RLIMIT_NPROC binds no process of uid 0, in a jail started as root neither) a case forked
        # 4,096 processes, the runner walked the whole tree once per process it reaped (millions of reads of /proc),
        # never answered, and the case held them (3,849 at the peak) until the worker's backstop: sandbox_error.
        reaped = False
        while True:
            try:
                pid, _, usage = os.wait4(-1, os.WNOHANG)
            except ChildProcessError:
                return cpu
            if pid == 0:
                break
            if pid == spare:
                raise OSError("the janitor ended")
            cpu += usage.ru_utime + usage.ru_stime
            reaped = True
        if not reaped:
            if spare is not None and not left:
                return cpu
            time.sleep(0.0005)


# --------------------------------------------------------------------------------------------------
# Child side (after fork): becomes the solution, never returns
# --------------------------------------------------------------------------------------------------

def child(code, case_dir, fds):
    status = 70
    try:
        signal.pthread_sigmask(signal.SIG_SETMASK, [])  # (SIGCHLD's action is the default: see main)
        for target, fd in enumerate(fds):
            os.dup2(fd, target)
        enforce_landlock(own_proc=True)  # (before the ruleset's fd is closed with the others)
        os.closerange(3, resource.getrlimit(resource.RLIMIT_NOFILE)[0])  # control/result pipes gone
        signal_self_only()
        no_page_references()
        os.chdir(case_dir)
        fsize = OUT_CAP + 64 * 1024
        for res, value in ((resource.RLIMIT_AS, MEMORY), (resource.RLIMIT_FSIZE, fsize),
                           (resource.RLIMIT_CPU, int(CPU) + 2), (resource.RLIMIT_NOFILE, 64),
                           (resource.RLIMIT_CORE, 0), (resource.RLIMIT_NPROC, NPROC),
                           (resource.RLIMIT_STACK, MEMORY),
                           # no real-time policy, no nice value below the runner's: where the worker's limits allow
                           # them (limits.conf often grants rtprio to a desktop's audio group), a SCHED_FIFO case
                           # spinning on every core starved the machine, the runner's polls included, until its
                           # RLIMIT_CPU ran out
                           (resource.RLIMIT_RTPRIO, 0), (resource.RLIMIT_NICE, 0),
                           # POSIX timers and queued signals count against the uid's RLIMIT_SIGPENDING (96,553 here),
                           # root's outside a jail started as root: a case made 96,542 timers, and timer_create failed
                           # for every root process of the machine while it held them
                           (resource.RLIMIT_SIGPENDING, SIGPENDING),
                           # no locked memory (redteam30): a locked map of a host file (a library, read-only) is page
                           # cache that no reclaim frees and no count of the runner shows (RssFile is the interpreter's
                           # too): each process locked up to the worker's RLIMIT_MEMLOCK (8 MB here, 384 MB for 48
                           # processes; unlimited where the worker's is) under a 256 MB limit, ok. A case's anonymous
                           # memory counts locked or not; no stdin -> stdout program locks any.
                           (resource.RLIMIT_MEMLOCK, 0)):
            hard = resource.getrlimit(res)[1]
            value = value if hard == resource.RLIM_INFINITY else min(value, hard)
            # soft == hard: the solution cannot raise any of them
            resource.setrlimit(res, (value, value + 1 if res == resource.RLIMIT_CPU else value))
        drop_capabilities()
        streams, module = start_program()
        threading.stack_size(THREAD_STACK)
        gc.enable()
        atexit._clear()  # the program's own handlers only (none of the runner's are run in a case)
        arm_finalizers()
        opened = []  # the program made a writable file object of a descriptor (`out = open(1, "w")`): see below
        watch_descriptor_files(opened)
        status = 0
        try:
            try:
                if isinstance(code, BaseException):
                    raise code.with_traceback(None)  # the source did not compile
                exec(code, module.__dict__)
            except SystemExit as exc:
                status = exit_status(exc)
            threading._shutdown()  # like interpreter exit: wait for non-daemon threads
        except SystemExit as exc:
            status = exit_status(exc)
        except BaseException as exc:  # noqa: BLE001 - what an uncaught exception does to `python solution.py`
            status = 1
            report(exc)
            kind = memory_error_kind(exc)
            if kind == "allocation":
                status = MEMORY_LIMIT_STATUS
            elif kind == "raised":
                try:
                    sys.stderr.write(SELF_RAISED_NOTE.decode() + "\n")
                except BaseException:  # noqa: BLE001
                    pass
        # Then, as interpreter exit does, the program's atexit handlers (an exception in one is printed and ignored;
        # os._exit in one ends the case with its status). They never ran: the fast-output idiom (print into a
        # StringIO, write it out from a handler) printed nothing here and its answer on a judge.
        try:
            atexit._run_exitfuncs()
        except BaseException:  # noqa: BLE001
            status = status or 1
        if not flush_streams(streams):
            status = status or 120  # CPython's exit status when flushing stdout fails
        if opened:
            # The rest of CPython's (and PyPy's) exit, for a program that wrote through a file object of its own on a
            # descriptor: its globals cleared and collected, so that file is flushed. Its answer was lost (`out =
            # open(1, "w")` never closed: empty here, right on a judge). Only then: about 85 ms of CPU at a max
            # test's 10^6 objects; the shared harness keeps the same rule.
            try:
                module.__dict__.clear()
                gc.collect()
            except BaseException:  # noqa: BLE001
                pass
            if not flush_streams(streams):
                status = status or 120
    finally:
        os._exit(status)


# --- The program's start and exit, as CPython's. jail/shared_harness.py starts and ends each input's program with
# these too; it runs as a case's program and cannot import this file, so generator/problems/shared_run.py puts the
# text from this line to the end line below into the harness's program (one copy: a case and an input of the shared
# process start and end alike). Functions only, of `sys`, `types` and `builtins` (both files import them).

def start_program():
    """The program's start: its standard streams as `python3 -X utf8` makes them (new file objects on fds 0-2, which
    hold its input and take its output; sys.__std*__ too), its argv and a new __main__ module. Returns (the streams
    it starts with: stdout, stderr) and the module, in which its code is run."""
    sys.stdin = sys.__stdin__ = open(0, "r", encoding="utf-8", newline="\n", closefd=False)
    sys.stdout = sys.__stdout__ = open(1, "w", encoding="utf-8", newline="\n", closefd=False)
    sys.stderr = sys.__stderr__ = open(2, "w", buffering=1, encoding="utf-8", errors="backslashreplace",
                                       newline="\n", closefd=False)
    sys.argv = ["solution.py"]
    module = types.ModuleType("__main__")
    module.__file__ = "solution.py"
    module.__builtins__ = builtins
    sys.modules["__main__"] = module
    return (sys.stdout, sys.stderr), module


def exit_status(exc):
    """What `python3 solution.py` exits with on this SystemExit (a code that is no int is printed: status 1)."""
    code = exc.code
    if code is None:
        return 0
    if isinstance(code, int):
        return code & 0xFF
    try:
        print(code, file=sys.stderr)
    except BaseException:  # noqa: BLE001
        pass
    return 1


def arm_finalizers():
    """weakref.finalize registers its exit hook once per process and shuts itself off when that hook has run: a
    finalizer of the runner's (or of an earlier input's program, in the shared harness) left it registered with the
    handlers atexit._clear() dropped, or shut off. The program's own finalizers must run at its exit again."""
    weakref = sys.modules.get("weakref")
    if weakref is not None:
        weakref.finalize._registered_with_atexit = False
        weakref.finalize._shutdown = False


def watch_descriptor_files(opened):
    """Append 1 to `opened` once the program makes a writable file object of a descriptor (`out = open(1, "w")`):
    then its globals are freed at its exit, as CPython frees them, so that file is flushed. An audit hook, which stays
    for the process's life (it cannot be removed): the shared harness installs one and clears `opened` per input."""
    sys.addaudithook(lambda event, args: event == "open" and not opened and isinstance(args[0], int)
                     and isinstance(args[1], str) and any(c in args[1] for c in "wax+") and opened.append(1))


def flush_streams(streams):
    """Flush, each once, the streams the program ends with (sys.stdout, then sys.stderr) and then `streams`, the ones
    it started with, in CPython's order: it flushes sys.stdout and sys.stderr at exit and the first ones as it
    finalizes them (a program that replaced sys.stdout wrote its answer's start to sys.__stdout__, which comes out
    after what the new sys.stdout holds). False when a flush failed."""
    flushed = True
    for stream in {id(s): s for s in (sys.stdout, sys.stderr, *streams)}.values():
        try:
            stream.flush()
        except BaseException:  # noqa: BLE001
            flushed = False
    return flushed

# --- end of the program's start and exit (shared with jail/shared_harness.py) ---


def first_to_go():
    """The runner and every process it forks (call processes, cases and what they start) are the OOM killer's first
    choice (oom_score_adj 1000; raising it needs no privilege): with memory short — several calls' process trees
    between two of the runner's polls — the kernel picked by size, and the worker (hundreds of MB, every job of the
    Lambda in it) outweighed any 256 MB case. Set while this process is still dumpable: a non-dumpable process's
    /proc files belong to root, and a non-root uid could no longer write its own."""
    try:
        fd = os.open("/proc/self/oom_score_adj", os.O_WRONLY)
        try:
            os.write(fd, b"1000")
        finally:
            os.close(fd)
    except OSError:
        pass


def drop_capabilities():
    """A case running as root outside bubblewrap (a developer's container) keeps uid 0 but loses every
    capability. Without CAP_SYS_PTRACE it cannot open /proc/<pid>/environ, mem or fd/ of the worker, the runner
    or its call process (all non-dumpable): the worker's credentials and the runner's result pipe were open to
    it. no_new_privs first, so no exec gives uid 0 its capabilities back. A non-root uid has none to drop."""
    if os.geteuid() != 0:
        return
    header = (ctypes.c_uint32 * 2)(CAPABILITY_VERSION_3, 0)
    nothing = (ctypes.c_uint32 * 6)()  # effective, permitted, inheritable: two 32-bit words each
    if LIBC.prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0 or LIBC.capset(header, nothing) != 0:
        raise OSError(ctypes.get_errno(), "could not drop the capabilities of uid 0")


# A MemoryError is the memory limit's (RLIMIT_AS: an allocation failed) unless the program raised it itself: a judge
# calls `raise MemoryError` a run-time error. The case's exit tells them apart: an uncaught MemoryError that an
# allocation raised ends the case with MEMORY_LIMIT_STATUS (reported as CPython's exit status 1), and nothing else
# the program prints or exits with reads as the memory limit (a "MemoryError" written to stderr before `exit(1)` is
# a run-time error, as on a judge).
RAISE_VARARGS = opcode.opmap.get("RAISE_VARARGS")
SELF_RAISED_NOTE = b"[sandbox] the program raised MemoryError itself (a raise statement): not the memory limit"
MEMORY_LIMIT_STATUS = 219  # (arbitrary; a program exiting with it itself reads as the memory limit: no advantage)


def memory_error_kind(exc):
    """Of the uncaught `exc`, an exception it was raised from or while handling: None when none is a MemoryError;
    "raised" when every MemoryError among them was raised by a raise statement (the innermost frame of its traceback
    stopped at RAISE_VARARGS); else "allocation". One an allocation raised stops at the instruction that allocated (a
    call, a list built, an operator); a bare `raise` in an except clause keeps the traceback of what it raises
    again."""
    try:
        found, seen, chain = False, set(), [exc]
        while chain:
            item = chain.pop()
            if item is None or id(item) in seen:
                continue
            seen.add(id(item))
            chain += [item.__cause__, item.__context__]
            if not isinstance(item, MemoryError):
                continue
            tb = item.__traceback__
            if tb is None:
                return "allocation"
            while tb.tb_next is not None:
                tb = tb.tb_next
            code = tb.tb_frame.f_code.co_code
            if RAISE_VARARGS is None or not 0 <= tb.tb_lasti < len(code) or code[tb.tb_lasti] != RAISE_VARARGS:
                return "allocation"
            found = True
        return "raised" if found else None
    except BaseException:  # noqa: BLE001 - (memory may be short here): taken as the memory limit's, as before
        return "allocation"


def report(exc):
    try:
        tb = exc.__traceback__
        while tb is not None and tb.tb_frame.f_code.co_filename == ME:
            tb = tb.tb_next
        traceback.print_exception(type(exc), exc, tb, file=sys.stderr)
    except BaseException:  # noqa: BLE001
        try:
            sys.stderr.write("%s: %s\n" % (type(exc).__name__, exc))
        except BaseException:  # noqa: BLE001
            pass


# --------------------------------------------------------------------------------------------------
# Runner side: one case
# --------------------------------------------------------------------------------------------------

def excerpt(fd):
    """The case's stderr, its head and tail if it is long, in a bytearray the caller zeroes once it is sent (see
    send_file)."""
    size = os.fstat(fd).st_size
    if size <= ERR_HEAD + ERR_TAIL:
        pieces, cut = [(0, size)], b""
    else:
        pieces, cut = [(0, ERR_HEAD), (size - ERR_TAIL, ERR_TAIL)], b"\n... [%d bytes cut] ...\n" % (size - ERR_HEAD - ERR_TAIL)
    buffer = bytearray(size if not cut else ERR_HEAD + len(cut) + ERR_TAIL)
    view = memoryview(buffer)
    at = 0
    for number, (offset, length) in enumerate(pieces):
        got = os.preadv(fd, [view[at:at + length]], offset)
        at += got
        if number == 0 and cut:
            view[at:at + len(cut)] = cut
            at += len(cut)
    del view
    if at < len(buffer):
        buffer[at:] = b""  # (a short read)
    return buffer


def unnamed_file(directory, name):
    """A file no path leads to. Without bubblewrap every runner of the worker shares the machine's /tmp under
    one uid: a case of another call found this case's stdout by its path and wrote into it, forging the other
    call's output (and read its input). Only the call process and the case hold it, both non-dumpable."""
    try:
        return os.open(directory, os.O_TMPFILE | os.O_RDWR, 0o600)
    except OSError:  # a file system without O_TMPFILE: a name for an instant
        path = os.path.join(directory, name)
        fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600)
        os.unlink(path)
        return fd


def run_case(code, length, wall_ms):
    case_dir = os.path.join(CALL_DIR, "case")
    os.mkdir(case_dir, 0o700)
    fds = [unnamed_file(case_dir, name) for name in ("stdin", "stdout", "stderr")]
    try:
        copy_in(length, fds[0])
        os.lseek(fds[0], 0, os.SEEK_SET)
        return judge(code, case_dir, fds, wall_ms / 1000)
    finally:
        for fd in fds:
            os.close(fd)  # (the case dir and whatever the case left are the janitor's to remove)


def oom_kills():
    """How many processes the kernel's OOM killer has killed on this machine since it started (/proc/vmstat, Linux
    4.13+; global, also in a jail's own /proc), or None where it does not say."""
    try:
        with open("/proc/vmstat", "rb") as f:
            for line in f:
                if line.startswith(b"oom_kill "):
                    return int(line.split()[1])
    except (OSError, ValueError):
        pass
    return None


def judge(code, case_dir, fds, wall):
    started = time.monotonic()
    files_before = files_in_use()
    oom_before = oom_kills()
    pid = os.fork()
    if pid == 0:
        child(code, case_dir, fds)
    reaped_cpu, status, usage, killed = 0.0, None, None, None
    count_at = 0.0  # when the files are counted next (outside bubblewrap a count walks the scratch dir)
    while status is None:
        signal.sigtimedwait([signal.SIGCHLD], POLL)
        while True:  # reap the case process and any orphan of its tree that ended
            try:
                done, st, ru = os.wait4(-1, os.WNOHANG)
            except ChildProcessError:
                break
            if done == 0:
                break
            if done == pid:
                status, usage = st, ru
            else:
                reaped_cpu += ru.ru_utime + ru.ru_stime
        if status is not None:
            break
        tree = [pid, *descendants(pid), *[p for p in children_of(os.getpid()) if p != pid]]
        cpus = [c for c in map(cpu_of, tree) if c is not None]
        if reaped_cpu + sum(cpus) > CPU:
            killed = "cpu"
        elif sum(map(memory_of, tree)) > MEMORY:
            # RLIMIT_AS is per process: the tree together must fit too. A single process too: its page tables (VmPTE,
            # see memory_in) are outside RLIMIT_AS.
            killed = "memory"
        elif time.monotonic() - started > wall:
            killed = "wall"
        elif sum(tasks(p) for p in tree) > CONFIG["max_tasks"]:
            killed = "processes"  # RLIMIT_NPROC is not enforced for root's uid (nor counts per run): count here
        elif oom_score_lowered(tree):
            killed = "oom_score"
        elif files_before is not None and time.monotonic() >= count_at:
            counting = time.monotonic()
            if files_in_use() - files_before > MAX_NEW_FILES:
                killed = "files"
            # A walk over thousands of names takes milliseconds: at most a fifth of the runner's time goes to it
            # (a case holding 9,000 files made the runner walk them every poll, ~2 s of CPU in 3 s of the case's).
            count_at = time.monotonic() + 4 * (time.monotonic() - counting)
        if killed:
            reaped_cpu += kill_all()  # the case process is reaped here too: its rusage is in the sum
            status, usage = 0, None
            break
    wall_s = time.monotonic() - started
    reaped_cpu += kill_all()  # nothing outlives the case
    if usage is not None:
        reaped_cpu += usage.ru_utime + usage.ru_stime
    cpu = reaped_cpu
    out_size = os.fstat(fds[1]).st_size
    err = excerpt(fds[2])
    note, exit_code = "", None
    if killed == "wall":
        verdict, note = "time_limit", "wall-clock limit exceeded"
    elif killed == "cpu" or cpu > CPU:
        verdict = "time_limit"
        note = "CPU time limit exceeded (%.3f s used by the process tree, limit %.3f s)" % (cpu, CPU)
    elif killed == "processes":
        verdict, note = "runtime_error", "too many processes or threads"
    elif killed == "files":
        verdict, note = "runtime_error", "more than %d files or directories created" % MAX_NEW_FILES
    elif killed == "oom_score":
        verdict, note = "runtime_error", "lowered the OOM score of a process (every case is the OOM killer's first choice)"
    elif killed == "memory":
        verdict, note = "memory_limit", "memory limit exceeded by the process tree"
    elif os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        exit_code = -sig
        if (sig == signal.SIGXCPU and cpu >= CPU) or (sig == signal.SIGKILL and cpu >= int(CPU) + 1.5):
            # (RLIMIT_CPU sends SIGXCPU only past the limit: one the program sent itself is no time limit)
            verdict, exit_code = "time_limit", None
        elif sig == signal.SIGXFSZ:
            verdict = "output_limit"
        elif sig == signal.SIGKILL and (oom_before is None or oom_kills() != oom_before):
            verdict = "memory_limit"  # not us, not RLIMIT_CPU: the OOM killer (it killed someone while the case ran)
        else:
            verdict = "runtime_error"
        note = "killed by %s" % signal.Signals(sig).name
    else:
        exit_code = os.WEXITSTATUS(status)
        if out_size > OUT_CAP:
            verdict, note = "output_limit", "output limit exceeded (more than %d bytes)" % OUT_CAP
        elif exit_code == 0:
            verdict = "ok"
        elif exit_code == MEMORY_LIMIT_STATUS:
            verdict, exit_code = "memory_limit", 1  # an allocation's uncaught MemoryError (see memory_error_kind)
        else:
            verdict = "runtime_error"
    if out_size > OUT_CAP and verdict != "output_limit" and not killed:
        verdict, note = "output_limit", "output limit exceeded (more than %d bytes)" % OUT_CAP
    if note:
        extra = (("\n[sandbox] %s" if err else "[sandbox] %s") % note).encode()
        full = bytearray(len(err) + len(extra))  # (not extend: a reallocation would leave the old bytes behind)
        full[:len(err)], full[len(err):] = err, extra
        err[:] = bytes(len(err))
        err = full
    out_len = min(out_size, OUT_CAP)
    head = "result %s %s %.3f %.3f %d %d\n" % (
        verdict, "-" if exit_code is None else exit_code, cpu * 1000, wall_s * 1000, out_len, len(err))
    try:
        write_all(1, head.encode())
        send_file(fds[1], out_len)
        write_all(1, err)
    finally:
        err[:] = bytes(len(err))


def site_exit(code=None):
    raise SystemExit(code)


# --------------------------------------------------------------------------------------------------
# Call process: one call's source, compiled once, and its cases
# --------------------------------------------------------------------------------------------------

def protect_self():
    """The runner's filter protects the runner and the worker; a call process is new, so it adds its own pid and its
    janitor's."""
    if SECCOMP is None:
        return
    sc = SECCOMP
    f = sc.SyscallFilter(sc.ALLOW)
    for name in KILLS:
        for pid in (os.getpid(), JANITOR[2]):  # (a stopped janitor would hang the call)
            f.add_rule(sc.ERRNO(1), name, sc.Arg(0, sc.MASKED_EQ, LOW32, pid))
    f.load()


def prepare_signal_filter():
    """Outside bubblewrap's pid namespace a case could signal any process of its uid by number — the worker
    through any of its threads' ids, which come and go. Where no pid namespace hides them, a case process and
    its children may signal only the case process itself (which dies with the case). The filter is compiled
    here once per call with a placeholder for the pid, which each case patches and loads (libseccomp in every
    case cost 2-5 ms of copy-on-write faults)."""
    global SIGNAL_FILTER
    if SECCOMP is None or CONFIG.get("jailed"):
        return
    sc = SECCOMP
    f = sc.SyscallFilter(sc.ALLOW)
    for name in KILLS:
        f.add_rule(sc.ERRNO(1), name, sc.Arg(0, sc.NE, PID_PLACEHOLDER))  # full 64 bits: nothing truncates to it
    deny_renames(sc, f)
    if RULESET is None:
        # Without Landlock either (Lambda's 5.10 kernel) a case opens /dev/zero, whose shared map is a shmem object
        # that lives while one page of it is mapped: 96 MB mapped, filled and unmapped but the last page, four times,
        # held 384 MB in no count of the process, ok. No shared maps at all here (MAP_SHARED, MAP_SHARED_VALIDATE):
        # a stdin -> stdout program needs none, and multiprocessing already fails outside bubblewrap (no /dev/shm).
        f.add_rule(sc.ERRNO(1), "mmap", sc.Arg(3, sc.MASKED_EQ, 0x1, 0x1))
    # An unnamed file: this runs outside bubblewrap, where a case of another runner (same uid, the same /tmp)
    # could have written its own filter into a named one between the export and the read.
    fd = unnamed_file(CALL_DIR, "filter.bpf")
    try:
        f.export_bpf(types.SimpleNamespace(fileno=lambda: fd))
        bpf = os.pread(fd, os.fstat(fd).st_size, 0)
    finally:
        os.close(fd)
    # struct sock_filter {u16 code; u8 jt, jf; u32 k}: the placeholder can only be a k of a comparison.
    at = [i + 4 for i in range(0, len(bpf), 8) if struct.unpack_from("=I", bpf, i + 4)[0] == PID_PLACEHOLDER]
    if not at:
        raise RuntimeError("the pid placeholder is not in the compiled filter")
    # Everything a case needs is made here, so a case only writes its pid into its copy and loads it.
    program = ctypes.create_string_buffer(bpf, len(bpf))
    fprog = SockFprog(len(bpf) // 8, ctypes.cast(program, ctypes.c_void_p))
    SIGNAL_FILTER = (program, at, ctypes.byref(fprog), fprog)


# Outside bubblewrap every runner of the worker has its scratch dir in the machine's /tmp under one uid, in the
# worker's nest of mode 0300 (not listable) under a random name. A case may not chmod (the nest would become
# listable: Landlock does not cover modes, and without Landlock nothing else stops it) nor rename (the nest would
# move from under the other runners). No stdin -> stdout program needs either (a checker program writes its
# feedback files, which it may still create: see files_in_use for their count). Nor set a file's times or owner
# (redteam30): Landlock does not handle them either, and as root a case set the times of any root-owned file of the
# machine (Python's bytecode cache, make and backup tools trust a source's mtime) and gave such files to a group of its
# own (root's supplementary groups).
RENAME_CALLS = ("chmod", "fchmod", "fchmodat", "fchmodat2", "rename", "renameat", "renameat2",
                "utime", "utimes", "futimesat", "utimensat", "chown", "fchown", "lchown", "fchownat")


def deny_renames(sc, f):
    for name in RENAME_CALLS:
        try:
            f.add_rule(sc.ERRNO(1), name)
        except Exception:
            if name == "fchmodat2":  # (452 on every architecture; a libseccomp older than Linux 6.6 lacks the name)
                f.add_rule(sc.ERRNO(1), 452)
            # else: a syscall this architecture (or this libseccomp) does not have


def signal_self_only():
    """In a case, before its code: load the prepared filter with this process's pid (PR_SET_SECCOMP; the
    runner's filter already set no_new_privs, which every descendant keeps)."""
    if FALLBACK and not CONFIG.get("jailed"):
        # (no seccomp layer: no SIGNAL_FILTER either; RULESET is None: no Landlock)
        load_program(fallback_self_only(os.getpid(), no_shared=RULESET is None))
    if SIGNAL_FILTER is None:
        return
    program, at, pointer, _ = SIGNAL_FILTER
    pid = os.getpid()
    for offset in at:
        struct.pack_into("=I", program, offset, pid)
    if LIBC.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER, pointer, 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "could not load the signal filter")


class SockFprog(ctypes.Structure):
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.c_void_p)]


# Page-cache pages held by a pipe (redteam30). splice and tee, and sendfile whose output is a pipe, put a reference to
# the file's page-cache folio into the pipe, not a copy, and while the pipe holds it the whole folio stays in memory
# (it cannot be reclaimed nor split), in no process's resident size. ext4 and XFS fill the cache of a file read in
# sequence with large folios (~256 KB here): one byte spliced every 2 MB from a host file held ~240 KB each after the
# file's cache was dropped, so the uid's pipe slots (pipe-user-pages-soft: 16,384, as root shared with every root
# process) hold some GB of the host's files where plain pipe buffers hold 64 MB (as vmsplice held pages of transparent
# huge pages, see load_seccomp). No stdin -> stdout program needs any of the three (shutil's file copy falls back to
# read and write when sendfile fails). Per case, so the call process still splices its cases' inputs and outputs.
PAGE_REFERENCES = ((275, 76), (276, 77), (40, 71))  # splice, tee, sendfile: (x86_64, aarch64)
NO_PAGE_REFERENCES = None  # (filter buffer, its sock_fprog), made once in the runner where it loaded a filter itself


def prepare_no_page_references():
    global NO_PAGE_REFERENCES
    ld, jeq, ret = 0x20, 0x15, 0x06
    code = [(ld, 0, 0, 4), (jeq, "x86_64", 0, AUDIT_ARCHES[0]), (jeq, "aarch64", "allow", AUDIT_ARCHES[1])]
    for column, arch in enumerate(("x86_64", "aarch64")):
        code += [arch, (ld, 0, 0, 0)]
        code += [(jeq, "eperm", 0, numbers[column]) for numbers in PAGE_REFERENCES] + [(ret, 0, 0, 0x7FFF0000)]
    code += ["eperm", (ret, 0, 0, 0x00050000 | 1), "allow", (ret, 0, 0, 0x7FFF0000)]
    program = assemble(code)
    data = b"".join(struct.pack("=HBBI", *op) for op in program)
    buffer = ctypes.create_string_buffer(data, len(data))
    NO_PAGE_REFERENCES = (buffer, SockFprog(len(program), ctypes.cast(buffer, ctypes.c_void_p)))


def no_page_references():
    """In a case, before its code (no_new_privs is set: the runner's filter set it)."""
    if NO_PAGE_REFERENCES is not None and LIBC.prctl(PR_SET_SECCOMP, SECCOMP_MODE_FILTER,
                                                     ctypes.byref(NO_PAGE_REFERENCES[1]), 0, 0) != 0:
        raise OSError(ctypes.get_errno(), "could not load the filter of page references")


def serve_call(limits, pristine):
    global CPU, OUT_CAP, MEMORY, NPROC, CALL_DIR, OOM_SCORE
    CPU = float(limits["cpu_seconds"])
    OUT_CAP = int(limits["output_bytes"])
    MEMORY = int(limits["memory_mb"]) << 20
    NPROC = int(limits["nproc"])
    OOM_SCORE = oom_score(os.getpid())
    prctl(PR_SET_CHILD_SUBREAPER, 1)  # orphans of a case come back here, to be counted and killed
    protect_self()
    make_scratch()  # (the executor wipes all of /tmp between invocations)
    ruleset_for_call()
    CALL_DIR = os.path.join(SCRATCH, "call-%s" % limits["token"])
    os.mkdir(CALL_DIR, 0o700)
    path = CALL_DIR.encode()
    write_all(JANITOR[0], b"d" + struct.pack("=q", len(path)) + path)  # (one atomic write: under PIPE_BUF)
    prepare_signal_filter()
    deadline = time.monotonic() + float(limits["wall_ms"]) / 1000
    header = read_exact(0, HEADER).split()
    if header[0] != b"src":
        raise EOFError
    source = read_exact(0, int(header[1]))
    try:
        code = compile(source, "solution.py", "exec", dont_inherit=True)
        text = source.decode("utf-8", "replace")
        linecache.cache["solution.py"] = (len(text), None, text.splitlines(True), "solution.py")
    except BaseException as exc:  # noqa: BLE001 - SyntaxError & co: every case reports it
        code = exc
    del source
    gc.collect()
    gc.freeze()
    index = 0
    while True:
        header = read_exact(0, HEADER).split()
        if header[0] != b"case":
            return
        left = deadline - time.monotonic()
        if left > 0:
            if index and index % 64 == 0:
                ruleset_for_call()  # (each case added a rule for its /proc/<pid>: the ruleset stays short)
            run_case(code, int(header[1]), left * 1000)  # (its result is sent from the case's files)
            if oom_score_lowered(()):
                # (a jail started as root: the case, stopped for it, wrote its call process's; raising it back needs
                # no privilege where the case could lower it. If it stays low, the call fails: sandbox_error.)
                fd = os.open("/proc/self/oom_score_adj", os.O_WRONLY)
                try:
                    os.write(fd, b"%d" % OOM_SCORE)
                finally:
                    os.close(fd)
                if oom_score_lowered(()):
                    raise OSError("a case lowered the call process's OOM score")
            # Files a case left anywhere writable (its input copied to /dev/shm, say) must not reach the next case
            # of the call either: the jail is put back as between calls, the call's own (emptied) dir kept. By the
            # janitor: the names listed to do it never enter this process, of which the next case is a fork.
            if ask_janitor(b"c") != 0:
                raise OSError("the jail could not be put back after a case")
        else:
            write_all(1, not_run(int(header[1]), index))
        index += 1


# The names of files a case made must not reach the next case, which is a fork of the call process: names the call
# process listed (to remove what a case left, or to count the names under the scratch dir while a case runs) stayed
# in its heap as freed str objects, and a case that made itself dumpable found every name the case before it had
# made in its own /proc/self/mem, even ones that case had removed itself. Both are done by a janitor the warm runner
# forks once, before its first call (so it holds no call's data when it starts, and nothing is ever forked from it):
# the call process sends it one request byte over a pipe and reads an 8-byte number back, never a name. It is
# non-dumpable as the runner, and the call process's filter keeps cases from signalling it.
JANITOR = None  # (request fd, answer fd, janitor's pid): the runner's and every call process's ends


def start_janitor(pristine):
    requests, answers = os.pipe(), os.pipe()
    pid = os.fork()
    if pid == 0:
        os.close(requests[1])
        os.close(answers[0])
        janitor(pristine, requests[0], answers[1])
    os.close(requests[0])
    os.close(answers[1])
    return requests[1], answers[0], pid


def janitor(pristine, requests, answers):
    """Serve call processes until the runner ends: b"d" LEN PATH names the call's dir; b"c" removes the case dir and
    puts the jail back (0, or -1 if that is impossible); b"n" counts the names under the scratch dir (outside
    bubblewrap, while a case runs)."""
    global CALL_DIR
    status = 0
    try:
        prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        null = os.open(os.devnull, os.O_RDWR)
        os.dup2(null, 0)  # (the runner's pipes: a janitor holding them would keep the worker from seeing its end)
        os.dup2(null, 1)
        os.close(null)
        while True:
            request = os.read(requests, 1)
            if request == b"d":
                CALL_DIR = read_exact(requests, struct.unpack("=q", read_exact(requests, 8))[0]).decode()
                continue
            if request == b"c":
                try:
                    TREE.remove_tree(os.path.join(CALL_DIR, "case"))
                except OSError:
                    pass  # what is left goes with the call dir's clean-up, which reports what it cannot do
                try:
                    restore_all(pristine, keep=CALL_DIR)
                    answer = 0
                except (OSError, RecursionError, ValueError):
                    answer = -1
            elif request == b"n":
                answer = names_below(SCRATCH, MAX_NEW_FILES + 1000)
            else:
                break
            write_all(answers, struct.pack("=q", answer))
    except BaseException:  # noqa: BLE001 - the call process sees the pipe close and fails the call
        status = 3
    os._exit(status)


def ask_janitor(request):
    write_all(JANITOR[0], request)
    return struct.unpack("=q", read_exact(JANITOR[1], 8))[0]


def not_run(length, index):
    """The call's wall clock ran out before this case: its input is dropped unread, the case is time_limit."""
    fd = os.open(os.devnull, os.O_WRONLY)
    try:
        copy_in(length, fd)
    finally:
        os.close(fd)
    note = b"[sandbox] " + (b"wall-clock limit exceeded" if index == 0 else b"not run: wall-clock limit exceeded")
    return b"result time_limit - 0.000 0.000 0 %d\n" % len(note) + note


def call_process(limits, pristine):
    status = 0
    try:
        serve_call(limits, pristine)
    except BaseException:  # noqa: BLE001 - any failure ends the call; the worker discards its results
        status = 3
    os._exit(status)


# --------------------------------------------------------------------------------------------------
# Warm runner: between calls, nothing may carry over
# --------------------------------------------------------------------------------------------------

def identity(path, st):
    if stat.S_ISLNK(st.st_mode):
        extra = os.readlink(path)
    elif stat.S_ISREG(st.st_mode):
        extra = (st.st_size, st.st_mtime_ns)
    else:
        extra = None
    return (st.st_dev, st.st_ino, stat.S_IFMT(st.st_mode), st.st_uid, extra)


def inventory(path, st=None, device=None):
    """(identity, mode, (atime, mtime), children or None) of `path`; children only for dirs a case can write.

    Another file system mounted inside a writable place — the read-only bind of the runner's dir, the
    interpreter or the seccomp binding when they live under /tmp — is recorded as a mount point only: its
    times and contents belong to the host, which may change them at any moment (an edited runner.py, an atime
    updated by a read outside the jail), and a case can change nothing in it."""
    st = st or os.lstat(path)
    if device is not None and st.st_dev != device:
        return (st.st_dev, st.st_ino), None, None, None
    children = None
    if stat.S_ISDIR(st.st_mode) and path != "/proc" and os.access(path, os.W_OK):
        children = {}
        for entry in os.scandir(path):
            children[entry.name] = inventory(entry.path, os.lstat(entry.path), st.st_dev)
    return identity(path, st), stat.S_IMODE(st.st_mode), (st.st_atime_ns, st.st_mtime_ns), children


def load_tree():
    """jail/tree.py, next to this file (bound into the jail with it): removal of trees of any depth, where a
    recursive walk would end in RecursionError on a case's nest of directories."""
    import importlib.util
    spec = importlib.util.spec_from_file_location("jail_tree", os.path.join(os.path.dirname(ME), "tree.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


TREE = load_tree()


def remove_new(path, keep):
    """Remove an entry the inventory does not have; `keep` (the running call's dir) stays, emptied."""
    if path != keep:
        TREE.remove_tree(path)
    else:
        TREE.empty_tree(path)


def restore(path, record, keep=None):
    """Put `path` back as recorded: raises if that is impossible (the runner is then retired)."""
    ident, mode, times, children = record
    st = os.lstat(path)
    if mode is None:  # a mount point of another file system (see inventory): it must still be the same one
        if (st.st_dev, st.st_ino) != ident:
            raise OSError("%s was replaced" % path)
        return
    if identity(path, st) != ident:
        raise OSError("%s was replaced" % path)
    if not stat.S_ISLNK(st.st_mode) and stat.S_IMODE(st.st_mode) != mode:
        os.chmod(path, mode)
    if children is not None:
        names = set(os.listdir(path))
        for name in names - set(children):
            remove_new(os.path.join(path, name), keep)
        for name, child_record in children.items():
            if name not in names:
                raise OSError("%s/%s was removed" % (path, name))
            restore(os.path.join(path, name), child_record, keep)
    st = os.lstat(path)
    if (st.st_atime_ns, st.st_mtime_ns) != times:
        os.utime(path, ns=times, follow_symlinks=False)


def writable_roots():
    """Inside bubblewrap every writable place belongs to this jail; outside, only the scratch dir is ours."""
    if not CONFIG.get("jailed"):
        make_scratch()
        return [SCRATCH]
    # Each walked down through every writable dir. The root and /dev are mounted read-only (their entries are
    # still checked); /tmp and /dev/shm are the jail's own bounded tmpfs mounts.
    return ["/", "/dev", "/tmp", "/dev/shm"]


def take_inventory():
    return {root: inventory(root) for root in writable_roots()}


def restore_all(pristine, keep=None):
    """Every writable place as in `pristine`; `keep`, a dir the inventory does not have, stays (emptied)."""
    for root, record in pristine.items():
        if root == SCRATCH and not CONFIG.get("jailed"):
            make_scratch()  # (the executor may have wiped /tmp)
            for name in os.listdir(SCRATCH):
                remove_new(os.path.join(SCRATCH, name), keep)
        else:
            restore(root, record, keep)


def scheduling():
    """What a case could change about the runner for every later call: its nice value, policy and CPUs (seccomp
    denies those calls on other processes), its session's autogroup nice and its OOM score — files in /proc
    that a jail whose uid is root outside it (bubblewrap started as root) can write, and the runner cannot
    put back without privileges: a change retires the runner."""
    state = [os.getpriority(os.PRIO_PROCESS, 0), os.sched_getscheduler(0), sorted(os.sched_getaffinity(0))]
    for name in ("autogroup", "oom_score_adj"):
        try:
            with open("/proc/self/" + name) as f:
                state.append(f.read())
        except OSError:
            state.append(None)
    return state


def ipc_left():
    """SysV IPC objects in the jail's own IPC namespace (seccomp denies creating them where it is active)."""
    if not CONFIG.get("jailed"):
        return False
    for kind in ("shm", "msg", "sem"):
        try:
            with open("/proc/sysvipc/" + kind) as f:
                if len(f.read().splitlines()) > 1:
                    return True
        except OSError:
            pass
    return False


def serve_calls():
    global JANITOR
    pristine = take_inventory()
    steady = scheduling()
    JANITOR = start_janitor(pristine)
    write_all(1, b"ready " + json.dumps(LAYERS).encode() + b"\n")
    while True:
        header = read_exact(0, HEADER).split()
        if header[0] != b"call":
            return
        limits = json.loads(read_exact(0, int(header[1])))
        if os.waitpid(JANITOR[2], os.WNOHANG)[0] != 0:
            return  # the janitor died while the runner was idle (the OOM killer): end unanswered, the worker retries
        refresh_landlock()
        pid = os.fork()
        if pid == 0:
            call_process(limits, pristine)
        status, janitor_gone = None, False
        while status is None:  # orphans of the call's cases may come back here too
            try:
                done, st, _ = os.wait4(-1, 0)
            except ChildProcessError:
                break
            except InterruptedError:
                continue
            if done == pid:
                status = st
            elif done == JANITOR[2]:
                janitor_gone = True  # (this runner cannot serve another call)
        try:
            kill_all(spare=None if janitor_gone else JANITOR[2])
        except OSError:
            janitor_gone = True
        if janitor_gone or status is None or not os.WIFEXITED(status) or os.WEXITSTATUS(status) != 0:
            write_all(1, b"done failed %s\n" % str(status).encode())
            return
        try:
            restore_all(pristine)
            if ipc_left():
                raise OSError("System V IPC objects left")
            if scheduling() != steady:
                raise OSError("the runner's scheduling was changed")
        except (OSError, RecursionError, ValueError) as exc:
            # str() of an OSError names the path ("[Errno 30] Read-only file system: '/dev'"); repr() does not.
            reason = "%s: %s" % (type(exc).__name__, exc)
            write_all(1, b"done dirty %s\n" % reason.encode("ascii", "backslashreplace")[:200])
            return
        write_all(1, b"done clean\n")


def main():
    global SCRATCH, CHILDREN_FILES
    import builtins
    builtins.exit = builtins.quit = site_exit  # normally added by site.py, which -S skips
    os.environ.pop("PWD", None)  # bubblewrap's --chdir sets it; the case sees only the worker's minimal env
    first_to_go()
    prctl(PR_SET_DUMPABLE, 0)  # same-uid processes cannot open /proc/<runner>/mem or fd/
    if CONFIG.get("parent_death_signal"):
        prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != CONFIG["parent_pid"]:
            return  # the worker died before the line above
    header = read_exact(0, HEADER).split()
    if header[0] != b"scratch":
        return
    SCRATCH = read_exact(0, int(header[1])).decode()
    LAYERS["subreaper"] = prctl(PR_SET_CHILD_SUBREAPER, 1)
    CHILDREN_FILES = CONFIG.get("children_files", True) and os.path.exists(
        "/proc/%d/task/%d/children" % (os.getpid(), os.getpid()))
    LAYERS["process_tree"] = ("children files" if CHILDREN_FILES
                              else "a scan of /proc (no /proc/<pid>/task/<tid>/children: CONFIG_PROC_CHILDREN)")
    # The default action for SIGCHLD (an ignored one survives exec), fixed from here on by seccomp: every child of
    # the runner, its call processes and cases is then reaped by a wait that brings its CPU to a rusage.
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    LAYERS["seccomp"] = load_seccomp()
    if LAYERS["seccomp"] is not True:
        LAYERS["fallback_filter"] = load_fallback_filter()  # (what matters most of the layer's rules, by number)
    if LAYERS["seccomp"] is True or FALLBACK:
        prepare_no_page_references()  # (only where this kernel took a filter: each case loads it)
    LAYERS["landlock"] = prepare_landlock()
    if not CONFIG.get("jailed"):
        os.environ["TMPDIR"] = SCRATCH  # inherited by every case: its tempfiles are counted there, and removed
    signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGCHLD])
    os.chdir("/")  # hold no directory of a call
    gc.collect()
    gc.freeze()
    serve_calls()


if __name__ == "__main__":
    try:
        main()
    except EOFError:
        pass
    os._exit(0)

"""Removing a directory tree a hostile case built: any depth, any path length, locked modes. Stdlib only.

Used by the runner (loaded by path: it never imports the project), by the worker for a runner's scratch dir
and by the executor function for its /tmp. `shutil.rmtree` recurses once per level, so a case that nested
directories a few thousand deep (one mkdir and chdir each) made it raise RecursionError — out of `run_many`
itself without bubblewrap — and paths deeper than PATH_MAX cannot even be named. Here the walk keeps one open
directory at a time, goes back up through "..", and names every entry relative to its directory.
"""
import os
import stat

_DIRECTORY = os.O_RDONLY | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC
# The parent of the top dir is only named through (a runner's scratch dir is in a nest of mode 0300, which its
# owner may not list): O_PATH needs no read permission.
_PARENT = os.O_PATH | os.O_DIRECTORY | os.O_CLOEXEC


def remove_tree(path):
    """Remove `path` and everything under it (a file or a symlink is simply unlinked)."""
    if not stat.S_ISDIR(os.lstat(path).st_mode):
        os.unlink(path)
        return
    parent = os.open(os.path.dirname(path) or ".", _PARENT)
    try:
        _empty(parent, os.path.basename(path))
        os.rmdir(os.path.basename(path), dir_fd=parent)
    finally:
        os.close(parent)


def empty_tree(path):
    """Remove everything under the directory `path`, which stays."""
    parent = os.open(os.path.dirname(path) or ".", _PARENT)
    try:
        _empty(parent, os.path.basename(path))
    finally:
        os.close(parent)


def _open_dir(parent, name):
    try:
        return os.open(name, _DIRECTORY, dir_fd=parent)
    except PermissionError:  # a case locked its dir (mode 0): it is ours (same uid), so unlock it
        pass
    # Through a descriptor of that very dir, not by name: chmod by name follows a link a live case put there meanwhile
    # (a case without Landlock can plant a nest that a sweep of dead nests removes while it runs), and any file or dir
    # of the uid became 0700, a worker's nest of runner dirs (0300: not listable) among them. O_PATH needs no
    # permission on the dir itself; O_NOFOLLOW refuses a link.
    fd = os.open(name, os.O_PATH | os.O_DIRECTORY | os.O_NOFOLLOW | os.O_CLOEXEC, dir_fd=parent)
    try:
        os.chmod("/proc/self/fd/%d" % fd, 0o700)  # (fchmod refuses an O_PATH descriptor)
        return os.open(".", _DIRECTORY, dir_fd=fd)
    finally:
        os.close(fd)


def _files_out(fd):
    """Unlink every non-directory entry of the open directory `fd`; the names of its subdirectories."""
    subdirs = []
    with os.scandir(fd) as entries:
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                subdirs.append(entry.name)
            else:
                os.unlink(entry.name, dir_fd=fd)
    return subdirs


def _empty(parent, name):
    """Empty the directory `name` of the open directory `parent`, depth first, without recursion."""
    fd = _open_dir(parent, name)
    # One entry per level below `name`: (this level's dir name in its parent, its subdirectories left to do).
    levels = [(None, _files_out(fd))]
    try:
        while levels:
            _, pending = levels[-1]
            if pending:
                child = pending.pop()
                below = _open_dir(fd, child)
                os.close(fd)
                fd = below
                levels.append((child, _files_out(fd)))
                continue
            done, _ = levels.pop()
            if done is None:
                break
            up = os.open("..", _DIRECTORY, dir_fd=fd)
            os.close(fd)
            fd = up
            os.rmdir(done, dir_fd=fd)
    finally:
        os.close(fd)

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QProcess;

// Lets go of a helper or plugin process without waiting for it: a destructor that must end a
// running process kills it and hands it here, and the event loop deletes it once it has exited
// (QProcess's own destructor would block until then). The process is taken from its parent and
// every connection to it is cut, so nothing of the caller's runs when it ends.
namespace ProcessReaper {
// Kills `process` if it runs and deletes it once it has finished (or at once when it never
// started). Call on the process's thread; `process` may be null.
void killAndRelease(QProcess *process);
} // namespace ProcessReaper

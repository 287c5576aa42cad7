// SPDX-License-Identifier: GPL-3.0-or-later
// pullscope-lab: the test lab's registry for people: the GUI's demo mode and manual runs.
#include "labcommand.h"
#include "model/core/logging.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("pullscope-lab"));
    Logging::installRedactingMessageHandler();
    LabCommand command;
    return command.run(app.arguments().mid(1));
}

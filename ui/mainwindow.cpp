// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/mainwindow.h"

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
{}

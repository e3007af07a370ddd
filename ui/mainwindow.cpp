#include "mainwindow.h"

#include <QLabel>

namespace conlab {

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Concurrency Lab"));
    auto *label = new QLabel(tr("Concurrency Lab\n\nThe experiments run headless for now:\n"
                                "concurrency-lab primes --help"),
                             this);
    label->setAlignment(Qt::AlignCenter);
    setCentralWidget(label);
    resize(1024, 700);
}

} // namespace conlab

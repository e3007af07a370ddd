#pragma once
#include <QMainWindow>

namespace conlab {

// The lab window. For now a plain window that runs the book's sample in one
// model, off the GUI thread; the experiment pages replace it.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
};

} // namespace conlab

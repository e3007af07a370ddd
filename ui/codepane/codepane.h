#pragma once
#include <QList>
#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace conlab {

class PythonHighlighter;

// The Python a variant stands for, beside its live view: a listing from the
// :/listings resources, syntax-highlighted, with the lines that differ from
// the page's baseline listing marked. Pages call showListing() whenever the
// chosen variant changes; the pane updates at once.
class CodePane : public QWidget
{
    Q_OBJECT
public:
    explicit CodePane(QWidget *parent = nullptr);

    // resource: ":/listings/spinner_proc.py"; baselineResource: the listing
    // the page compares against (may be the same, then nothing is marked).
    void showListing(const QString &resource, const QString &baselineResource);

    QString resource() const { return resource_; }
    QString text() const;
    // The width the pane needs to show its longest line without scrolling
    // sideways, at its current font; pages size their splitters by it.
    int listingWidth() const;
    // 0-based line numbers marked as changed, for tests.
    QList<int> changedLines() const { return changed_; }

protected:
    void changeEvent(QEvent *event) override;

private:
    static QString load(const QString &resource);
    void applyFont();
    void retranslateUi();
    void updateSelections();

    QLabel *title_ = nullptr;
    QLabel *legend_ = nullptr;
    QPlainTextEdit *editor_ = nullptr;
    PythonHighlighter *highlighter_ = nullptr;
    QString resource_;
    QString baseline_;
    QList<int> changed_;
};

} // namespace conlab

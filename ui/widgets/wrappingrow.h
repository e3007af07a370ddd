#pragma once
#include <QLayout>
#include <QList>

namespace conlab {

// A row of controls that continues on the next line when the page is too
// narrow for it, instead of pushing the page wider than the screen or
// squeezing its combo boxes until their text is cut. Each item keeps its
// preferred size; lines are as tall as their tallest item. Put a label and
// the control it names in one widget, so they wrap together.
class WrappingRow : public QLayout
{
public:
    explicit WrappingRow(QWidget *parent = nullptr);
    ~WrappingRow() override;

    // A label and its control as one item of the row.
    static QWidget *pair(QWidget *label, QWidget *control);

    void addItem(QLayoutItem *item) override;
    int count() const override;
    QLayoutItem *itemAt(int index) const override;
    QLayoutItem *takeAt(int index) override;
    Qt::Orientations expandingDirections() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSize() const override;
    void setGeometry(const QRect &rect) override;

private:
    int spacingBetween() const;
    // Lays the items out in `rect` (only measuring unless `apply`); returns
    // the height they need.
    int arrange(const QRect &rect, bool apply) const;

    QList<QLayoutItem *> items_;
};

} // namespace conlab

#include <QTest>
class T : public QObject { Q_OBJECT private slots: void todo() { QVERIFY(true); } };
QTEST_GUILESS_MAIN(T)
#include "tst_protocol.moc"

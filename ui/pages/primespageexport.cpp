// PrimesPage: exports of the run on screen, and record/replay.
#include "pages/primespage.h"

#include "export/csvexport.h"
#include "export/primestrace.h"
#include "models/resultstablemodel.h"
#include "widgets/loopview.h"
#include "pages/primesfeed.h"
#include "pages/primesoutcome.h"
#include "pages/sequentialbaseline.h"
#include "record/runrecording.h"
#include "report/jsonreport.h"
#include "widgets/numbersinput.h"
#include "widgets/timelineview.h"

#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QSaveFile>
#include <QTimer>

namespace conlab {

RunRecording PrimesPage::recording() const
{
    RunRecording r;
    r.kind = RunRecording::Kind::Primes;
    r.title = title();
    r.description = PrimesOutcome::settingsText(shownConfig_);
    r.recordedAt = QDateTime::currentDateTimeUtc();
    r.primes = shownConfig_;
    r.results = results_->results();
    r.summary = shownSummary_;
    r.gilHolds = shownHolds_;
    r.loopEvents = shownLoopSteps_;
    return r;
}

bool PrimesPage::showRecording(const RunRecording &recording, QString *error)
{
    if (recording.kind != RunRecording::Kind::Primes) {
        if (error)
            *error = tr("this recording is of a spinner run; open it on a spinner page");
        return false;
    }
    if (isRunning()) {
        if (error)
            *error = tr("stop the run first");
        return false;
    }
    // Dropping the feed also drops whatever an earlier run still had queued.
    feed_.reset();
    drainTimer_->stop();
    shownConfig_ = recording.primes;
    shownFingerprint_ = SequentialBaseline::fingerprint(shownConfig_.numbers);
    setModel(recording.primes.model);
    if (recording.primes.model == PrimesModel::Processes)
        setRacy(recording.primes.racy);
    // The field shows the recorded list when it fits there, so Run repeats
    // the recorded run; longer lists would need their file.
    if (recording.primes.numbers.size() <= 10'000) {
        QStringList parts;
        for (std::uint64_t n : recording.primes.numbers)
            parts << QString::number(n);
        numbers_->setText(parts.join(QStringLiteral(", ")));
    }
    shownSummary_ = recording.summary.value_or(RunSummary{});
    shownHolds_ = recording.gilHolds;
    shownLoopSteps_ = recording.loopEvents;
    results_->clear();
    timeline_->clear();
    setUpLanes(recording.primes);
    results_->append(recording.results);
    timeline_->addGilHolds(recording.gilHolds);
    loopView_->clear();
    loopView_->addEvents(recording.loopEvents);
    showOutcome();
    updateControls();
    return true;
}

bool PrimesPage::writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit())
        return true;
    QMessageBox::warning(this, tr("Export failed"),
                         //: %1 file path, %2 the system's reason
                         tr("Could not write %1: %2").arg(path, file.errorString()));
    return false;
}

void PrimesPage::exportResults(bool json)
{
    if (!shownSummary_)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, json ? tr("Export results as JSON") : tr("Export results as CSV"),
        json ? QStringLiteral("primes.json") : QStringLiteral("primes.csv"),
        json ? tr("JSON (*.json)") : tr("CSV (*.csv)"));
    if (path.isEmpty())
        return;
    if (!json) {
        writeFile(path, CsvExport::results(results_->results()));
        return;
    }
    JsonReport report(shownConfig_);
    for (const PrimeResult &r : results_->results())
        report.add(r);
    writeFile(path, report.finish(*shownSummary_));
}

void PrimesPage::exportTrace()
{
    if (!shownSummary_)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Chrome trace"), QStringLiteral("primes-trace.json"),
                                                      tr("Chrome trace JSON (*.json)"));
    if (!path.isEmpty())
        writeFile(path, PrimesTrace::build(shownConfig_, results_->results(), shownHolds_, &*shownSummary_, shownLoopSteps_));
}

void PrimesPage::saveRecording()
{
    if (!shownSummary_)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save recording"), QStringLiteral("primes.clrec.json"),
                                                      tr("Concurrency Lab recordings (*.clrec.json *.json)"));
    if (!path.isEmpty())
        writeFile(path, recording().toJson());
}

void PrimesPage::openRecording()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open recording"), {},
                                                      tr("Concurrency Lab recordings (*.clrec.json *.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    const std::optional<RunRecording> rec = RunRecording::load(path, &error);
    if (!rec || !showRecording(*rec, &error))
        QMessageBox::warning(this, tr("Cannot open recording"),
                             //: %1 file path, %2 what is wrong with it
                             tr("%1 cannot be shown: %2").arg(path, error));
}

} // namespace conlab

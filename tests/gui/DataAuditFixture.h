#pragma once

// What both Data audit suites (tst_gui_dataaudit, tst_gui_dataaudit_runs)
// share: the shared CRM sample, a window with the demo assessment open on
// its Data audit page, and waiting for the page to be idle.

#include "AssessmentSession.h"
#include "AssessmentView.h"
#include "AuditRepository.h"
#include "DataAuditPage.h"
#include "DataAuditRegistration.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"

#include <QApplication>
#include <QMimeData>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <memory>

namespace readiness::ui::test::audit {

using namespace Qt::StringLiterals;

inline const QString kSample = QStringLiteral(CRM_SAMPLE_DIR);

inline QStringList sampleFiles()
{
    const QDir dir(QDir::cleanPath(kSample));
    return {dir.filePath(u"contacts.csv"_s), dir.filePath(u"consent_log.csv"_s),
            dir.filePath(u"subscribed_members_export.csv"_s), dir.filePath(u"unsubscribed_members_export.csv"_s),
            dir.filePath(u"cleaned_members_export.csv"_s)};
}

// The sample's files copied into @p dir (so a test may change them); the
// copies made, in sampleFiles() order.
inline QStringList sampleCopies(const QTemporaryDir &dir)
{
    QStringList files;
    for (const QString &f : sampleFiles())
        if (QFile::copy(f, dir.filePath(QFileInfo(f).fileName())))
            files << dir.filePath(QFileInfo(f).fileName());
    return files;
}

// Drops @p paths on @p target as a file manager would.
inline void dropFiles(QWidget *target, const QStringList &paths)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &p : paths)
        urls << QUrl::fromLocalFile(p);
    mime.setUrls(urls);
    const QPointF pos(target->width() / 2.0, target->height() / 2.0);
    QDragEnterEvent enter(pos.toPoint(), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &enter);
    QVERIFY(enter.isAccepted());
    QDropEvent drop(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(target, &drop);
    QVERIFY(drop.isAccepted());
}

inline bool waitIdle(DataAuditPage *page)
{
    if (!page->isRunning())
        return true;
    QSignalSpy idle(page, &DataAuditPage::idle);
    return idle.wait(60000);
}

/// The demo assessment open in a shown window, the page registered.
class AuditWindowTest : public QObject
{
protected:
    /// The common part of initTestCase (after the skip for a missing sample).
    void openWindow()
    {
        isolateInEnglish();
        registerDataAuditPage();
        registerDataAuditPage(); // once only, however often it is called
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1280, 800);
        QVERIFY(m_window->openFile(demoCopy(m_dir)));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    DataAuditPage *page()
    {
        return qobject_cast<DataAuditPage *>(m_window->assessmentView()->extraPage(u"data-audit"_s));
    }
    QList<crm::StoredAuditRun> storedRuns()
    {
        AssessmentDocument &doc = m_window->session()->document();
        auto runs = crm::AuditRepository(doc.repository().file()).runs(doc.assessment().id);
        return runs ? *runs : QList<crm::StoredAuditRun> {};
    }

    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;
};

} // namespace readiness::ui::test::audit

#pragma once

#include <QWidget>

#include <memory>

class QPushButton;
class QTemporaryDir;
class QTreeView;

namespace readiness::ui {

class AssessmentSession;
class EvidenceModel;

/// The evidence files of the current question: add (button or drop),
/// open, save a copy, remove (undoable).
class EvidencePanel final : public QWidget
{
    Q_OBJECT

public:
    explicit EvidencePanel(AssessmentSession &session, QWidget *parent = nullptr);
    ~EvidencePanel() override;

    void setQuestion(qint64 questionnaireRef, const QString &questionId);
    /// Imports @p paths into the current question; returns how many were added.
    int addFiles(const QStringList &paths);
    EvidenceModel *model() const { return m_model; }

signals:
    /// Before an import: pending edits (notes) must be written first, since
    /// the import's transaction is open while its progress dialog runs the
    /// event loop, and a cancelled import rolls back what was written then.
    void aboutToImport();

public slots:
    void addWithDialog();
    void openSelected();
    void saveSelectedCopy();
    void removeSelected();

private:
    qint64 selectedId() const;
    QString exportToTemporary(qint64 id, const QString &name);
    void updateButtons();

    AssessmentSession &m_session;
    EvidenceModel *m_model;
    QTreeView *m_view;
    QPushButton *m_add;
    QPushButton *m_open;
    QPushButton *m_save;
    QPushButton *m_remove;
    qint64 m_ref = 0;
    QString m_questionId;
    std::unique_ptr<QTemporaryDir> m_tempDir; // exported files for Open, removed with the panel
};

} // namespace readiness::ui

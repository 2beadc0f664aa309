#pragma once

#include <QWidget>

class QListWidget;
class QPushButton;

namespace readiness::ui {

/// What the window shows with no assessment open: new, open, the recent
/// files and the demo assessment.
class StartPage final : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);
    QListWidget *recentList() const { return m_recent; }

public slots:
    void reloadRecentFiles();

protected:
    void showEvent(QShowEvent *event) override;

signals:
    void newRequested();
    void openRequested();
    void demoRequested();
    void recentFileRequested(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace readiness::ui

#pragma once

#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace readiness::ui {

class AssessmentSession;

/// A page that a library above readiness_ui adds to every open assessment
/// (the CRM data audit): a tab after the built-in ones and an entry in the
/// View menu. The arrows keep running app -> page library -> ui -> core.
struct AssessmentPageType
{
    QString id; // registered once per id
    /// The tab's text with its mnemonic; a function, so it is translated
    /// when shown rather than when registered.
    std::function<QString()> title;
    QString iconName;
    std::function<QWidget *(AssessmentSession &session, QWidget *parent)> build;
};

namespace AssessmentPages {

/// Registers @p type (once per id); call before the window exists.
void add(const AssessmentPageType &type);
const QList<AssessmentPageType> &all();

} // namespace AssessmentPages

} // namespace readiness::ui

// templates and new --template: assessment templates (docs/templates.md).
#include "CliSupport.h"
#include "CliTranslations.h"
#include "TemplateLibrary.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace readiness::cli {

int newFromTemplate(const QString &nameOrPath, const QString &output, const AssessmentTemplate::Overrides &overrides,
                    Streams io)
{
    auto found = TemplateLibrary::find(nameOrPath);
    if (!found)
        return fail(io, found.error());
    auto doc = found->create(output, overrides);
    if (!doc)
        return fail(io, doc.error());
    io.out << translated(QT_TRANSLATE_NOOP("cli", "Created %1 for %2 from template '%3': %4 scope answer(s)"))
                  .arg(output, (*doc)->organisation().name, found->name)
                  .arg(found->answers.size())
           << '\n';
    return Success;
}

int templatesCommand(const QStringList &arguments, Streams io)
{
    Command cmd(
        u"templates"_s,
        translated(
            QT_TRANSLATE_NOOP("cli",
                              "List the assessment templates (organisation profile and scope answers) in the templates "
                              "folder: %1 (GDPR_READINESS_TEMPLATES_DIR overrides it)."))
            .arg(QDir::toNativeSeparators(TemplateLibrary::directory())));
    QCommandLineOption json(u"json"_s, translated(QT_TRANSLATE_NOOP("cli", "Print JSON.")));
    cmd.parser.addOption(json);
    if (int rc = cmd.parse(arguments, io, 0, 0); rc >= 0)
        return rc;
    const QList<TemplateLibrary::Entry> entries = TemplateLibrary::list();
    int broken = 0;
    if (cmd.parser.isSet(json)) {
        QJsonArray list;
        for (const TemplateLibrary::Entry &e : entries) {
            QJsonObject o {{u"path"_s, e.path}};
            if (e.value) {
                o.insert(u"name"_s, e.value->name);
                o.insert(u"organisation"_s, e.value->organisation.name);
                o.insert(u"questionnaires"_s, QJsonArray::fromStringList(e.value->questionnaires));
                o.insert(u"scope_answers"_s, e.value->answers.size());
            } else {
                o.insert(u"error"_s, e.error);
                ++broken;
            }
            list.append(o);
        }
        printJson(io,
                  QJsonDocument(QJsonObject {{u"directory"_s, TemplateLibrary::directory()}, {u"templates"_s, list}}));
        return broken ? DataError : Success;
    }
    if (entries.isEmpty())
        io.out << translated(QT_TRANSLATE_NOOP("cli", "No templates in %1"))
                      .arg(QDir::toNativeSeparators(TemplateLibrary::directory()))
               << '\n';
    for (const TemplateLibrary::Entry &e : entries) {
        if (e.value) {
            io.out << e.value->name << "  (" << e.value->organisation.name << "; "
                   << e.value->questionnaires.join(u", "_s) << "; "
                   << translated(QT_TRANSLATE_NOOP("cli", "%1 scope answer(s)")).arg(e.value->answers.size()) << ")\n";
        } else {
            io.err << translated(QT_TRANSLATE_NOOP("cli", "cannot use %1:")).arg(QDir::toNativeSeparators(e.path))
                   << ' ' << e.error << '\n';
            ++broken;
        }
    }
    return broken ? DataError : Success;
}

} // namespace readiness::cli

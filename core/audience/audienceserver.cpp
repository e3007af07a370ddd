// SPDX-FileCopyrightText: 2026 The Concurrency Lab authors
// SPDX-License-Identifier: MIT
#include "core/audience/audienceserver.h"

#include "core/audience/acceptlanguage.h"
#include "core/audience/phonetexts.h"
#include "core/audience/votebox.h"
#include "core/audience/voterequest.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QTcpSocket>

namespace conlab {

namespace {
using Status = QHttpServerResponse::StatusCode;
constexpr QByteArrayView kVoterCookie = "conlab_voter";
constexpr QByteArrayView kLanguageCookie = "conlab_lang";

QByteArray header(const QHttpServerRequest &request, QByteArrayView name)
{
    const auto headers = request.headers();
    for (const auto &[key, value] : headers) {
        if (QByteArrayView(key).compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

QByteArray cookie(const QHttpServerRequest &request, QByteArrayView name)
{
    const QList<QByteArray> parts = header(request, "Cookie").split(';');
    for (const QByteArray &part : parts) {
        const QByteArray p = part.trimmed();
        if (p.startsWith(name) && p.size() > name.size() && p[name.size()] == '=')
            return p.mid(name.size() + 1);
    }
    return {};
}

void secure(QHttpServerResponse &response, const QByteArray &policy)
{
    response.setHeader("Content-Security-Policy", policy);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("Referrer-Policy", "no-referrer");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
    // A vote's state changes by the second; a phone must never show an old one.
    response.setHeader("Cache-Control", "no-store");
}
} // namespace

AudienceServer::AudienceServer(VoteBox *box, QString code, QObject *parent)
    : QAbstractHttpServer(parent), box_(box), code_(std::move(code)), page_(PhonePage::fromResource())
{
    for (const QString &lang : PhoneTranslations::languages())
        pageTexts_.insert(lang, PhoneTexts::json(translations_, lang));
    clock_.start();
}

bool AudienceServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponse response = respond(request);
    secure(response,
           request.url().path() == QLatin1String("/") && response.statusCode() == Status::Ok
               ? page_.contentSecurityPolicy()
               : QByteArray("default-src 'none'; frame-ancestors 'none'"));
    response.write(makeResponder(request, socket));
    return true; // every request gets its answer here, 404s included
}

void AudienceServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    error(Status::NotFound, QStringLiteral("not found")).write(makeResponder(request, socket));
}

QHttpServerResponse AudienceServer::error(QHttpServerResponse::StatusCode status, const QString &message)
{
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), message}}, status);
}

QHttpServerResponse AudienceServer::respond(const QHttpServerRequest &request)
{
    const QString address = request.remoteAddress().toString();
    if (!perAddress_.allow(address.toLatin1(), clock_.elapsed())) {
        QHttpServerResponse r = error(Status::TooManyRequests,
                                      QStringLiteral("too many requests from %1").arg(address));
        r.setHeader("Retry-After", "1");
        return r;
    }
    const QString path = request.url().path();
    const auto method = request.method();
    const auto wrongMethod = [method](const char *allowed) {
        // A HEAD answer has no body, or a keep-alive client would read it
        // as the start of its next answer.
        QHttpServerResponse r = method == QHttpServerRequest::Method::Head
            ? QHttpServerResponse(Status::MethodNotAllowed)
            : error(Status::MethodNotAllowed, QStringLiteral("use %1").arg(QLatin1String(allowed)));
        r.setHeader("Allow", allowed);
        return r;
    };
    if (path == QLatin1String("/"))
        return method == QHttpServerRequest::Method::Get ? page(request) : wrongMethod("GET");
    if (path == QLatin1String("/state"))
        return method == QHttpServerRequest::Method::Get ? state(request) : wrongMethod("GET");
    if (path == QLatin1String("/vote"))
        return method == QHttpServerRequest::Method::Post ? vote(request) : wrongMethod("POST");
    return error(Status::NotFound, QStringLiteral("not found: this server has /, /state and /vote only"));
}

QString AudienceServer::language(const QHttpServerRequest &request) const
{
    QByteArray chosen = request.query().queryItemValue(QStringLiteral("lang")).toLatin1();
    if (chosen.isEmpty())
        chosen = cookie(request, kLanguageCookie);
    return AcceptLanguage::pick(chosen, header(request, "Accept-Language"), PhoneTranslations::languages());
}

QByteArray AudienceServer::voterOf(const QHttpServerRequest &request) const
{
    const QByteArray token = cookie(request, kVoterCookie);
    return tokens_.verify(token) ? token : QByteArray();
}

// A new voter, rationed per address: a hall joins at once, a script that
// drops its cookie to vote again runs dry.
QByteArray AudienceServer::newVoter(const QHttpServerRequest &request)
{
    if (!newVoters_.allow(request.remoteAddress().toString().toLatin1(), clock_.elapsed()))
        return {};
    return tokens_.issue();
}

namespace {
QByteArray voterCookie(const QByteArray &token)
{
    // HttpOnly: the page's script never needs it. 12 h: one day's lectures.
    return kVoterCookie.toByteArray() + '=' + token + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=43200";
}
} // namespace

QHttpServerResponse AudienceServer::page(const QHttpServerRequest &request)
{
    if (!page_.isValid())
        return error(Status::InternalServerError, QStringLiteral("the page is missing from this build"));
    const QString lang = language(request);
    QHttpServerResponse r("text/html; charset=utf-8",
                          page_.render(PhoneTranslations::htmlTag(lang), pageTexts_.value(lang)));
    if (voterOf(request).isEmpty()) {
        if (const QByteArray token = newVoter(request); !token.isEmpty())
            r.addHeader("Set-Cookie", voterCookie(token));
    }
    if (request.query().hasQueryItem(QStringLiteral("lang")))
        r.addHeader("Set-Cookie",
                    kLanguageCookie.toByteArray() + '=' + lang.toLatin1() + "; Path=/; SameSite=Strict; Max-Age=43200");
    return r;
}

QHttpServerResponse AudienceServer::state(const QHttpServerRequest &request)
{
    const RoundTally t = box_->tally();
    const QString lang = language(request);
    const std::optional<QuestionTexts> texts = box_->texts(lang);
    QJsonObject o{{QStringLiteral("round"), t.round},
                  {QStringLiteral("open"), t.open},
                  {QStringLiteral("question"), texts ? texts->question : QString()},
                  {QStringLiteral("answers"), QJsonArray::fromStringList(texts ? texts->answers : QStringList())},
                  {QStringLiteral("voters"), t.voters()},
                  {QStringLiteral("revealed"), t.revealed},
                  {QStringLiteral("language"), PhoneTranslations::htmlTag(lang)}};
    const QByteArray voter = voterOf(request);
    const std::optional<int> mine = voter.isEmpty() ? std::nullopt : box_->answerOf(voter);
    o.insert(QStringLiteral("yourAnswer"), mine ? QJsonValue(*mine) : QJsonValue());
    if (t.revealed || box_->countsShownLive())
        o.insert(QStringLiteral("counts"), QJsonArray{t.counts[0], t.counts[1], t.counts[2]});
    o.insert(QStringLiteral("outcome"), t.revealed && t.outcome ? QJsonValue(*t.outcome) : QJsonValue());
    if (t.revealed && t.outcome && texts && texts->outcomes.size() == 3)
        o.insert(QStringLiteral("outcomeText"), texts->outcomes[*t.outcome - 1]);
    return QHttpServerResponse(o);
}

QHttpServerResponse AudienceServer::vote(const QHttpServerRequest &request)
{
    const QByteArray type = header(request, "Content-Type").toLower();
    // JSON only: a form posted from another site's page cannot be JSON
    // without a CORS preflight, which this server never grants.
    if (type.left(type.indexOf(';') < 0 ? type.size() : type.indexOf(';')).trimmed() != "application/json")
        return error(Status::UnsupportedMediaType, QStringLiteral("send Content-Type: application/json"));
    const auto parsed = VoteRequest::parse(request.body());
    if (const auto *bad = std::get_if<VoteRequest::Error>(&parsed))
        return error(static_cast<Status>(bad->status), bad->message);
    const VoteRequest &v = std::get<VoteRequest>(parsed);
    const QByteArray address = request.remoteAddress().toString().toLatin1();
    if (v.code != code_) {
        if (!wrongCodes_.allow(address, clock_.elapsed()))
            return error(Status::TooManyRequests,
                         QStringLiteral("too many wrong codes from this address; wait a minute"));
        return error(Status::Forbidden, QStringLiteral("wrong session code: use the 4 digits on the projector"));
    }
    QByteArray voter = voterOf(request);
    QByteArray issued;
    if (voter.isEmpty()) {
        issued = newVoter(request);
        if (issued.isEmpty())
            return error(Status::TooManyRequests,
                         QStringLiteral("too many new voters from this address; open the page first"));
        voter = issued;
    }
    if (!perVoter_.allow(voter, clock_.elapsed()))
        return error(Status::TooManyRequests, QStringLiteral("too many votes from this phone; wait a second"));
    const VoteBox::VoteResult result = box_->vote(voter, v.answer);
    QHttpServerResponse r = [&] {
        switch (result) {
        case VoteBox::VoteResult::Counted:
        case VoteBox::VoteResult::Changed:
        case VoteBox::VoteResult::Same:
            return QHttpServerResponse(QJsonObject{{QStringLiteral("counted"), true},
                                                   {QStringLiteral("round"), box_->tally().round},
                                                   {QStringLiteral("answer"), v.answer}});
        case VoteBox::VoteResult::Closed:
            return error(Status::Conflict, QStringLiteral("voting has closed for this round"));
        case VoteBox::VoteResult::NoRound:
            return error(Status::Conflict, QStringLiteral("there is no question to vote on right now"));
        case VoteBox::VoteResult::Full:
            return error(Status::ServiceUnavailable, QStringLiteral("this round has all the voters it can take"));
        }
        return error(Status::InternalServerError, QStringLiteral("unknown vote result"));
    }();
    if (!issued.isEmpty())
        r.addHeader("Set-Cookie", voterCookie(issued));
    if (result == VoteBox::VoteResult::Counted || result == VoteBox::VoteResult::Changed)
        emit voted();
    return r;
}

} // namespace conlab

#include "volumes/RbdClusters.h"

#include "util/PrivateFiles.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace cb {

namespace {

Error bad(const QString &file, const Message &why)
{
    return fail(
        deferTr("RbdClusters", "The Ceph cluster settings %1 are not valid: %2").arg(file, why.text()));
}

Result<int> seconds(const QJsonObject &o, const QString &key, int fallback)
{
    if (!o.contains(key))
        return fallback;
    const double v = o.value(key).toDouble(-1);
    if (!o.value(key).isDouble() || v < 1 || v > 3600 || v != int(v))
        return fail(
            deferTr("RbdClusters", "\"%1\" must be a whole number of seconds from 1 to 3600.").arg(key));
    return int(v);
}

Result<RbdClusterConfig> clusterFrom(const QJsonValue &value)
{
    static const QSet<QString> keys{QStringLiteral("name"),
                                    QStringLiteral("conf"),
                                    QStringLiteral("client"),
                                    QStringLiteral("pools"),
                                    QStringLiteral("connect_timeout"),
                                    QStringLiteral("op_timeout")};
    if (!value.isObject())
        return fail(deferTr("RbdClusters", "each entry of \"clusters\" must be an object."));
    const QJsonObject o = value.toObject();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!keys.contains(it.key()))
            return fail(deferTr("RbdClusters", "unknown setting \"%1\".").arg(it.key()));
    }
    RbdClusterConfig c;
    c.name = o.value(QStringLiteral("name")).toString();
    if (auto r = checkClusterName(c.name); !r)
        return fail(r);
    c.confPath = o.value(QStringLiteral("conf")).toString();
    if (c.confPath.isEmpty())
        return fail(deferTr("RbdClusters", "the cluster \"%1\" has no \"conf\" file.").arg(c.name));
    if (o.contains(QStringLiteral("client")))
        c.clientName = o.value(QStringLiteral("client")).toString();
    if (c.clientName.isEmpty())
        return fail(deferTr("RbdClusters", "the cluster \"%1\" has an empty \"client\".").arg(c.name));
    for (const QJsonValue &p : o.value(QStringLiteral("pools")).toArray()) {
        if (p.toString().isEmpty())
            return fail(deferTr("RbdClusters", "the pools of cluster \"%1\" must be names.").arg(c.name));
        c.pools << p.toString();
    }
    auto connect = seconds(o, QStringLiteral("connect_timeout"), c.connectTimeout);
    if (!connect)
        return fail(connect);
    auto op = seconds(o, QStringLiteral("op_timeout"), c.opTimeout);
    if (!op)
        return fail(op);
    c.connectTimeout = *connect;
    c.opTimeout = *op;
    return c;
}

Result<QList<RbdClusterConfig>> readSettings(const QString &path)
{
    QFile f(path);
    if (!f.exists())
        return QList<RbdClusterConfig>();
    // It names key files: the owner's only, as everything in the home.
    privatefiles::tighten(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(deferTr("RbdClusters", "Cannot read the Ceph cluster settings %1: %2")
                        .arg(path, f.errorString()));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(f.read(1024 * 1024), &error);
    if (error.error != QJsonParseError::NoError)
        return bad(path, Message::plain(error.errorString()));
    const QJsonValue list = doc.object().value(QStringLiteral("clusters"));
    if (!doc.isObject() || !list.isArray())
        return bad(path, deferTr("RbdClusters", "it must be an object with a \"clusters\" list."));
    QList<RbdClusterConfig> out;
    QSet<QString> names;
    for (const QJsonValue &v : list.toArray()) {
        auto c = clusterFrom(v);
        if (!c)
            return bad(path, c.what());
        if (names.contains(c->name))
            return bad(path, deferTr("RbdClusters", "the cluster \"%1\" is named twice.").arg(c->name));
        names.insert(c->name);
        c->isDefault = out.isEmpty();
        out << *c;
    }
    return out;
}

} // namespace

Result<void> checkClusterName(const QString &name)
{
    static const QRegularExpression valid(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9_.-]{0,31}$"));
    if (!valid.match(name).hasMatch())
        return fail(
            deferTr("RbdClusters",
                    "\"%1\" is not a valid Ceph cluster name (letters, digits, \"_\", \"-\" and \".\", "
                    "at most 32, starting with a letter or digit).")
                .arg(name));
    return {};
}

Result<QList<RbdClusterConfig>> rbdClusters(const RbdClusterInputs &in)
{
    auto read = readSettings(in.settingsFile);
    if (!read)
        return read;
    QList<RbdClusterConfig> out = *read;
    const bool fromFile = !out.isEmpty();
    for (const auto &[name, conf] : in.named) {
        if (auto r = checkClusterName(name); !r)
            return fail(r);
        auto same =
            std::find_if(out.begin(), out.end(), [&](const RbdClusterConfig &c) { return c.name == name; });
        if (same != out.end()) {
            same->confPath = conf;
            continue;
        }
        RbdClusterConfig c;
        c.name = name;
        c.confPath = conf;
        c.isDefault = false;
        out << c;
    }
    // $CEPH_CONF is a fallback for the default cluster; settings win over it.
    const bool useDefault = !in.defaultConf.isEmpty() && !(fromFile && in.defaultFromEnvironment);
    if (useDefault && fromFile) {
        out.first().confPath = in.defaultConf;
    } else if (useDefault) {
        RbdClusterConfig c;
        c.confPath = in.defaultConf;
        out.prepend(c);
    }
    for (RbdClusterConfig &c : out)
        c.isDefault = false;
    if (!out.isEmpty()) {
        out.first().isDefault = true;
        if (out.first().pools.isEmpty())
            out.first().pools = in.defaultPools;
    }
    return out;
}

} // namespace cb

#pragma once

#include "volumes/RbdBackend.h"

#include <QList>
#include <QString>
#include <utility>

namespace cb {

// Which Ceph clusters to use, from the settings file <home>/clusters.json
// and the command line. The file (private, 0600):
//
//   {"clusters": [
//     {"name": "main", "conf": "/etc/ceph/ceph.conf"},
//     {"name": "east", "conf": "/etc/ceph/east.conf", "client": "client.backup",
//      "pools": ["volumes"], "connect_timeout": 10, "op_timeout": 60}
//   ]}
//
// The first cluster is the default one: its volume ids carry no cluster name.
struct RbdClusterInputs
{
    QString settingsFile;                     // may be absent
    QList<std::pair<QString, QString>> named; // --ceph-conf NAME=FILE, in order
    QString defaultConf;                      // --ceph-conf FILE, else $CEPH_CONF
    bool defaultFromEnvironment = false;      // defaultConf came from $CEPH_CONF
    QStringList defaultPools;                 // the default cluster's pools (empty: all rbd pools)
};

// The clusters, default first. Rules: the file's list; a named cluster from
// the command line replaces the conf file of one of the same name or is
// added at the end; --ceph-conf FILE replaces the default cluster's conf
// file, or is the default when the file names no cluster ($CEPH_CONF only
// then). Bad settings fail with the file and the reason.
Result<QList<RbdClusterConfig>> rbdClusters(const RbdClusterInputs &inputs);

// A cluster name: letters, digits, "_", "-", ".", at most 32, starting with a
// letter or digit (it is part of volume ids, "rbd:NAME:POOL/IMAGE").
Result<void> checkClusterName(const QString &name);

} // namespace cb

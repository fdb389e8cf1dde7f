#pragma once

#include <rados/librados.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace cb {

// A client that watches an image's header: each read-write open keeps one.
struct RbdWatcher
{
    int64_t id = 0; // the client's instance id
    uint64_t cookie = 0;
};

// What a volume listing needs of one RBD image, read from its header object.
struct RbdImageFacts
{
    std::string name;
    std::string id; // the image id (list2): its header is "rbd_header.<id>"
    int error = 0;  // negative errno: the header could not be read (-ENOENT: the image is gone)
    uint64_t size = 0;
    std::vector<RbdWatcher> watchers;
    std::optional<std::string> marker; // the image metadata `markerKey`, when set
};

// Fills size, watchers and the metadata value `markerKey` of each image with
// one compound read of its header object (cls "rbd" get_size, the omap key
// of that metadata, the object's watchers), keeping many reads in flight:
// one round trip per image, overlapped, instead of opening every image.
void readImageFacts(librados::IoCtx &io, std::vector<RbdImageFacts> &images, const std::string &markerKey);

} // namespace cb

#include "CSyncSystem.h"
#include <zlib.h>

// zlib counts in 32 bits: larger buffers are handed over a gigabyte at a time.
static const size_t step = (size_t)1 << 30;

int syncreport_inflate(const unsigned char *input, size_t input_count, unsigned char *output, size_t capacity, size_t *written) {
    z_stream stream = {0};
    *written = 0;
    // Raw deflate, as zip entries hold it: no zlib header, no trailer.
    if (inflateInit2(&stream, -MAX_WBITS) != Z_OK) return 2;
    size_t fed = 0;
    int result = 2;
    for (;;) {
        if (stream.avail_in == 0 && fed < input_count) {
            size_t part = input_count - fed < step ? input_count - fed : step;
            stream.next_in = (unsigned char *)input + fed;
            stream.avail_in = (uInt)part;
            fed += part;
        }
        if (stream.avail_out == 0) {
            size_t done = (size_t)stream.total_out;
            if (done == capacity) {
                // Full: the stream must end here, or it holds more than `capacity`.
                unsigned char probe;
                stream.next_out = &probe;
                stream.avail_out = 1;
                int status = inflate(&stream, Z_NO_FLUSH);
                result = stream.avail_out == 0 ? 1 : status == Z_STREAM_END ? 0 : 2;
                break;
            }
            size_t room = capacity - done < step ? capacity - done : step;
            stream.next_out = output + done;
            stream.avail_out = (uInt)room;
        }
        int status = inflate(&stream, Z_NO_FLUSH);
        *written = (size_t)stream.total_out;
        if (status == Z_STREAM_END) { result = 0; break; }
        // No progress with every byte fed and room left: the data ends before the stream does.
        if (status == Z_BUF_ERROR && stream.avail_in == 0 && fed == input_count && stream.avail_out != 0) break;
        if (status != Z_OK && status != Z_BUF_ERROR) break;
    }
    inflateEnd(&stream);
    return result;
}

unsigned long syncreport_crc32(const unsigned char *bytes, size_t count) {
    unsigned long crc = crc32(0L, Z_NULL, 0);
    for (size_t done = 0; done < count;) {
        size_t part = count - done < step ? count - done : step;
        crc = crc32(crc, bytes + done, (uInt)part);
        done += part;
    }
    return crc;
}

"""A small Python binding of gongwen's C interface (gongwen/c_api.h) through
ctypes: the pattern a Java (JNA/FFM) or C# (P/Invoke) binding follows too.

    gw = Gongwen("/usr/lib/x86_64-linux-gnu/libgongwen.so.0")
    doc = gw.parse_file("notice.docx")     # raises GongwenError
    print(doc["tasks"][0]["text"])
"""
import ctypes
import json


class GongwenError(Exception):
    def __init__(self, code, name, message, file, line, column, offset):
        super().__init__(message)
        self.code, self.name, self.file = code, name, file
        self.line, self.column, self.offset = line, column, offset


class Gongwen:
    def __init__(self, library_path):
        lib = ctypes.CDLL(library_path)
        p, c_size = ctypes.c_void_p, ctypes.c_size_t
        out_p = ctypes.POINTER(ctypes.c_void_p)
        sigs = {
            "gongwen_version": (ctypes.c_char_p, []),
            "gongwen_c_api_version": (ctypes.c_int, []),
            "gongwen_status_name": (ctypes.c_char_p, [ctypes.c_int]),
            "gongwen_error_code": (ctypes.c_int, [p]),
            "gongwen_error_message": (ctypes.c_char_p, [p]),
            "gongwen_error_file": (ctypes.c_char_p, [p]),
            "gongwen_error_line": (ctypes.c_uint32, [p]),
            "gongwen_error_column": (ctypes.c_uint32, [p]),
            "gongwen_error_offset": (ctypes.c_int64, [p]),
            "gongwen_error_free": (None, [p]),
            "gongwen_options_new": (ctypes.c_int, [out_p, out_p]),
            "gongwen_options_free": (None, [p]),
            "gongwen_options_set_flag": (ctypes.c_int, [p, ctypes.c_int, ctypes.c_int, out_p]),
            "gongwen_options_set_encoding": (ctypes.c_int, [p, ctypes.c_char_p, out_p]),
            "gongwen_parse_file": (ctypes.c_int, [ctypes.c_char_p, p, out_p, out_p]),
            "gongwen_parse_memory": (ctypes.c_int, [ctypes.c_char_p, c_size, ctypes.c_char_p, p, out_p, out_p]),
            "gongwen_document_json": (ctypes.c_int, [p, ctypes.POINTER(ctypes.c_char_p), ctypes.POINTER(c_size), out_p]),
            "gongwen_document_validate": (ctypes.c_int,
                                          [p, ctypes.POINTER(ctypes.c_char_p), ctypes.POINTER(c_size), out_p]),
            "gongwen_document_task_count": (c_size, [p]),
            "gongwen_document_free": (None, [p]),
        }
        for name, (restype, argtypes) in sigs.items():
            fn = getattr(lib, name)
            fn.restype, fn.argtypes = restype, argtypes
        self.lib = lib

    def version(self):
        return self.lib.gongwen_version().decode()

    def _raise(self, status, error):
        lib = self.lib
        try:
            raise GongwenError(status, lib.gongwen_status_name(status).decode(),
                               lib.gongwen_error_message(error).decode(), lib.gongwen_error_file(error).decode(),
                               lib.gongwen_error_line(error), lib.gongwen_error_column(error),
                               lib.gongwen_error_offset(error))
        finally:
            lib.gongwen_error_free(error)

    def _document(self, parse, lenient, encoding):
        lib = self.lib
        options, error, doc = ctypes.c_void_p(), ctypes.c_void_p(), ctypes.c_void_p()
        lib.gongwen_options_new(ctypes.byref(options), None)
        try:
            lib.gongwen_options_set_flag(options, 1, int(lenient), None)  # GONGWEN_FLAG_LENIENT
            if encoding:
                lib.gongwen_options_set_encoding(options, encoding.encode(), None)
            status = parse(options, ctypes.byref(doc), ctypes.byref(error))
            if status != 0:
                self._raise(status, error)
        finally:
            lib.gongwen_options_free(options)
        try:
            text, size = ctypes.c_char_p(), ctypes.c_size_t()
            status = lib.gongwen_document_json(doc, ctypes.byref(text), ctypes.byref(size), ctypes.byref(error))
            if status != 0:
                self._raise(status, error)
            return json.loads(ctypes.string_at(text, size.value).decode("utf-8"))
        finally:
            lib.gongwen_document_free(doc)

    def parse_file(self, path, lenient=False, encoding=None):
        return self._document(lambda o, d, e: self.lib.gongwen_parse_file(path.encode(), o, d, e), lenient, encoding)

    def parse_bytes(self, data, name=None, lenient=False, encoding=None):
        n = name.encode() if name else None
        return self._document(lambda o, d, e: self.lib.gongwen_parse_memory(data, len(data), n, o, d, e),
                              lenient, encoding)

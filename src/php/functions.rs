//! The seven `rd_kafka_*` global functions, with real return types.

use super::zend::{bytes_zval, handlers, long_zval, param, register_functions, Method, Ret, Ty};
use crate::kafka::{error, version};
use ext_php_rs::types::{ZendHashTable, Zval};

fn optional_bytes(bytes: Option<&[u8]>) -> Zval {
    bytes.map_or_else(Zval::null, bytes_zval)
}

handlers! {
    fn get_err_descs(call) {
        call.no_args()?;
        let mut list = ZendHashTable::new();
        let mut seen_zero = false;
        for desc in error::err_descs() {
            // php-rdkafka keeps only the first code-0 entry (a table gap in librdkafka's table).
            if desc.code == 0 {
                if seen_zero {
                    continue;
                }
                seen_zero = true;
            }
            let mut entry = ZendHashTable::with_capacity(3);
            let _ = entry.insert("code", long_zval(desc.code));
            let _ = entry.insert("name", optional_bytes(desc.name));
            let _ = entry.insert("desc", optional_bytes(desc.desc));
            let _ = list.push(entry);
        }
        call.ret().set_hashtable(list);
        Ok(())
    }

    fn err2name(call) {
        let err = call.long_arg()?;
        call.ret().set_string(&error::err2name(err), false).ok();
        Ok(())
    }

    fn err2str(call) {
        let err = call.long_arg()?;
        call.ret().set_string(&error::err2str(err), false).ok();
        Ok(())
    }

    fn errno2err(call) {
        let errno = call.long_arg()?;
        call.ret().set_long(error::errno2err(errno));
        Ok(())
    }

    fn errno(call) {
        call.no_args()?;
        let errno = std::io::Error::last_os_error().raw_os_error().unwrap_or(0);
        call.ret().set_long(i64::from(errno));
        Ok(())
    }

    fn offset_tail(call) {
        let count = call.long_arg()?;
        // RD_KAFKA_OFFSET_TAIL(cnt); wraps like the C macro instead of panicking on overflow.
        call.ret().set_long((-2000i64).wrapping_sub(count));
        Ok(())
    }

    fn thread_cnt(call) {
        call.no_args()?;
        call.ret().set_long(version::thread_count());
        Ok(())
    }
}

static FUNCTIONS: [Method; 7] = [
    Method::new("rd_kafka_get_err_descs", get_err_descs, &[], Ret::Real(Ty::ARRAY)),
    Method::new("rd_kafka_err2name", err2name, &[param("err", Ty::INT)], Ret::Real(Ty::STRING.nullable())),
    Method::new("rd_kafka_err2str", err2str, &[param("err", Ty::INT)], Ret::Real(Ty::STRING.nullable())),
    Method::new("rd_kafka_errno2err", errno2err, &[param("errnox", Ty::INT)], Ret::Real(Ty::INT))
        .deprecated(),
    Method::new("rd_kafka_errno", errno, &[], Ret::Real(Ty::INT)).deprecated(),
    Method::new("rd_kafka_offset_tail", offset_tail, &[param("cnt", Ty::INT)], Ret::Real(Ty::INT)),
    Method::new("rd_kafka_thread_cnt", thread_cnt, &[], Ret::Real(Ty::INT)),
];

pub fn register() {
    // Global functions carry no visibility flag.
    let functions = FUNCTIONS.map(|mut f| {
        f.flags &= !super::zend::ACC_PUBLIC;
        f
    });
    register_functions(&functions);
}

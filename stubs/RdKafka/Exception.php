<?php

namespace RdKafka;

/**
 * Base class of the exceptions thrown by the extension. The code is usually
 * an RD_KAFKA_RESP_ERR_* value and the message its description.
 */
class Exception extends \Exception
{
}

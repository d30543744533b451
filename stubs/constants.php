<?php

/**
 * Global constants of php-rdkafka 6.0.4 (stubs), then those of the Admin API, in
 * registration order.
 *
 * The RD_KAFKA_RESP_ERR_* constants are generated at module startup from the
 * linked librdkafka's error table, so the list depends on that library
 * (here: librdkafka 2.12.1). Likewise RD_KAFKA_VERSION (runtime library
 * version) and RD_KAFKA_BUILD_VERSION (version of the headers the module was
 * built with) are only examples of their actual values.
 */

/** Client type: consumer. */
const RD_KAFKA_CONSUMER = 1;
/** Start consuming from the beginning of the partition. */
const RD_KAFKA_OFFSET_BEGINNING = -2;
/** Start consuming from the end of the partition (new messages only). */
const RD_KAFKA_OFFSET_END = -1;
/** Start consuming from the stored (committed) offset. */
const RD_KAFKA_OFFSET_STORED = -1000;
/** Unassigned partition: let the partitioner choose. */
const RD_KAFKA_PARTITION_UA = -1;
/** Client type: producer. */
const RD_KAFKA_PRODUCER = 0;
/** produce() flag: block when the queue is full instead of failing. */
const RD_KAFKA_MSG_F_BLOCK = 4;
/** purge() flag: purge messages in the internal queues. */
const RD_KAFKA_PURGE_F_QUEUE = 1;
/** purge() flag: purge in-flight messages. */
const RD_KAFKA_PURGE_F_INFLIGHT = 2;
/** purge() flag: don't wait for background threads. */
const RD_KAFKA_PURGE_F_NON_BLOCKING = 4;
/** Runtime librdkafka version, 0xMMmmrrpp (value depends on the linked library). */
const RD_KAFKA_VERSION = 0x020c01ff;
/** librdkafka version the module was built against, 0xMMmmrrpp. */
const RD_KAFKA_BUILD_VERSION = 0x020c01ff;

// The block below is the error table of librdkafka 2.12.1 (172 named codes).
// To regenerate it from a built module:
//   php -n -d extension=/path/to/module.so -r 'foreach (get_defined_constants(true)["rdkafka"] as $k => $v)
//       if (str_starts_with($k, "RD_KAFKA_RESP_ERR_")) echo "const $k = $v;\n";'
// BEGIN generated error codes
const RD_KAFKA_RESP_ERR__BEGIN = -200;
const RD_KAFKA_RESP_ERR__BAD_MSG = -199;
const RD_KAFKA_RESP_ERR__BAD_COMPRESSION = -198;
const RD_KAFKA_RESP_ERR__DESTROY = -197;
const RD_KAFKA_RESP_ERR__FAIL = -196;
const RD_KAFKA_RESP_ERR__TRANSPORT = -195;
const RD_KAFKA_RESP_ERR__CRIT_SYS_RESOURCE = -194;
const RD_KAFKA_RESP_ERR__RESOLVE = -193;
const RD_KAFKA_RESP_ERR__MSG_TIMED_OUT = -192;
const RD_KAFKA_RESP_ERR__PARTITION_EOF = -191;
const RD_KAFKA_RESP_ERR__UNKNOWN_PARTITION = -190;
const RD_KAFKA_RESP_ERR__FS = -189;
const RD_KAFKA_RESP_ERR__UNKNOWN_TOPIC = -188;
const RD_KAFKA_RESP_ERR__ALL_BROKERS_DOWN = -187;
const RD_KAFKA_RESP_ERR__INVALID_ARG = -186;
const RD_KAFKA_RESP_ERR__TIMED_OUT = -185;
const RD_KAFKA_RESP_ERR__QUEUE_FULL = -184;
const RD_KAFKA_RESP_ERR__ISR_INSUFF = -183;
const RD_KAFKA_RESP_ERR__NODE_UPDATE = -182;
const RD_KAFKA_RESP_ERR__SSL = -181;
const RD_KAFKA_RESP_ERR__WAIT_COORD = -180;
const RD_KAFKA_RESP_ERR__UNKNOWN_GROUP = -179;
const RD_KAFKA_RESP_ERR__IN_PROGRESS = -178;
const RD_KAFKA_RESP_ERR__PREV_IN_PROGRESS = -177;
const RD_KAFKA_RESP_ERR__EXISTING_SUBSCRIPTION = -176;
const RD_KAFKA_RESP_ERR__ASSIGN_PARTITIONS = -175;
const RD_KAFKA_RESP_ERR__REVOKE_PARTITIONS = -174;
const RD_KAFKA_RESP_ERR__CONFLICT = -173;
const RD_KAFKA_RESP_ERR__STATE = -172;
const RD_KAFKA_RESP_ERR__UNKNOWN_PROTOCOL = -171;
const RD_KAFKA_RESP_ERR__NOT_IMPLEMENTED = -170;
const RD_KAFKA_RESP_ERR__AUTHENTICATION = -169;
const RD_KAFKA_RESP_ERR__NO_OFFSET = -168;
const RD_KAFKA_RESP_ERR__OUTDATED = -167;
const RD_KAFKA_RESP_ERR__TIMED_OUT_QUEUE = -166;
const RD_KAFKA_RESP_ERR__UNSUPPORTED_FEATURE = -165;
const RD_KAFKA_RESP_ERR__WAIT_CACHE = -164;
const RD_KAFKA_RESP_ERR__INTR = -163;
const RD_KAFKA_RESP_ERR__KEY_SERIALIZATION = -162;
const RD_KAFKA_RESP_ERR__VALUE_SERIALIZATION = -161;
const RD_KAFKA_RESP_ERR__KEY_DESERIALIZATION = -160;
const RD_KAFKA_RESP_ERR__VALUE_DESERIALIZATION = -159;
const RD_KAFKA_RESP_ERR__PARTIAL = -158;
const RD_KAFKA_RESP_ERR__READ_ONLY = -157;
const RD_KAFKA_RESP_ERR__NOENT = -156;
const RD_KAFKA_RESP_ERR__UNDERFLOW = -155;
const RD_KAFKA_RESP_ERR__INVALID_TYPE = -154;
const RD_KAFKA_RESP_ERR__RETRY = -153;
const RD_KAFKA_RESP_ERR__PURGE_QUEUE = -152;
const RD_KAFKA_RESP_ERR__PURGE_INFLIGHT = -151;
const RD_KAFKA_RESP_ERR__FATAL = -150;
const RD_KAFKA_RESP_ERR__INCONSISTENT = -149;
const RD_KAFKA_RESP_ERR__GAPLESS_GUARANTEE = -148;
const RD_KAFKA_RESP_ERR__MAX_POLL_EXCEEDED = -147;
const RD_KAFKA_RESP_ERR__UNKNOWN_BROKER = -146;
const RD_KAFKA_RESP_ERR__NOT_CONFIGURED = -145;
const RD_KAFKA_RESP_ERR__FENCED = -144;
const RD_KAFKA_RESP_ERR__APPLICATION = -143;
const RD_KAFKA_RESP_ERR__ASSIGNMENT_LOST = -142;
const RD_KAFKA_RESP_ERR__NOOP = -141;
const RD_KAFKA_RESP_ERR__AUTO_OFFSET_RESET = -140;
const RD_KAFKA_RESP_ERR__LOG_TRUNCATION = -139;
const RD_KAFKA_RESP_ERR__INVALID_DIFFERENT_RECORD = -138;
const RD_KAFKA_RESP_ERR__DESTROY_BROKER = -137;
const RD_KAFKA_RESP_ERR__END = -100;
const RD_KAFKA_RESP_ERR_UNKNOWN = -1;
const RD_KAFKA_RESP_ERR_NO_ERROR = 0;
const RD_KAFKA_RESP_ERR_OFFSET_OUT_OF_RANGE = 1;
const RD_KAFKA_RESP_ERR_INVALID_MSG = 2;
const RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_OR_PART = 3;
const RD_KAFKA_RESP_ERR_INVALID_MSG_SIZE = 4;
const RD_KAFKA_RESP_ERR_LEADER_NOT_AVAILABLE = 5;
const RD_KAFKA_RESP_ERR_NOT_LEADER_FOR_PARTITION = 6;
const RD_KAFKA_RESP_ERR_REQUEST_TIMED_OUT = 7;
const RD_KAFKA_RESP_ERR_BROKER_NOT_AVAILABLE = 8;
const RD_KAFKA_RESP_ERR_REPLICA_NOT_AVAILABLE = 9;
const RD_KAFKA_RESP_ERR_MSG_SIZE_TOO_LARGE = 10;
const RD_KAFKA_RESP_ERR_STALE_CTRL_EPOCH = 11;
const RD_KAFKA_RESP_ERR_OFFSET_METADATA_TOO_LARGE = 12;
const RD_KAFKA_RESP_ERR_NETWORK_EXCEPTION = 13;
const RD_KAFKA_RESP_ERR_COORDINATOR_LOAD_IN_PROGRESS = 14;
const RD_KAFKA_RESP_ERR_COORDINATOR_NOT_AVAILABLE = 15;
const RD_KAFKA_RESP_ERR_NOT_COORDINATOR = 16;
const RD_KAFKA_RESP_ERR_TOPIC_EXCEPTION = 17;
const RD_KAFKA_RESP_ERR_RECORD_LIST_TOO_LARGE = 18;
const RD_KAFKA_RESP_ERR_NOT_ENOUGH_REPLICAS = 19;
const RD_KAFKA_RESP_ERR_NOT_ENOUGH_REPLICAS_AFTER_APPEND = 20;
const RD_KAFKA_RESP_ERR_INVALID_REQUIRED_ACKS = 21;
const RD_KAFKA_RESP_ERR_ILLEGAL_GENERATION = 22;
const RD_KAFKA_RESP_ERR_INCONSISTENT_GROUP_PROTOCOL = 23;
const RD_KAFKA_RESP_ERR_INVALID_GROUP_ID = 24;
const RD_KAFKA_RESP_ERR_UNKNOWN_MEMBER_ID = 25;
const RD_KAFKA_RESP_ERR_INVALID_SESSION_TIMEOUT = 26;
const RD_KAFKA_RESP_ERR_REBALANCE_IN_PROGRESS = 27;
const RD_KAFKA_RESP_ERR_INVALID_COMMIT_OFFSET_SIZE = 28;
const RD_KAFKA_RESP_ERR_TOPIC_AUTHORIZATION_FAILED = 29;
const RD_KAFKA_RESP_ERR_GROUP_AUTHORIZATION_FAILED = 30;
const RD_KAFKA_RESP_ERR_CLUSTER_AUTHORIZATION_FAILED = 31;
const RD_KAFKA_RESP_ERR_INVALID_TIMESTAMP = 32;
const RD_KAFKA_RESP_ERR_UNSUPPORTED_SASL_MECHANISM = 33;
const RD_KAFKA_RESP_ERR_ILLEGAL_SASL_STATE = 34;
const RD_KAFKA_RESP_ERR_UNSUPPORTED_VERSION = 35;
const RD_KAFKA_RESP_ERR_TOPIC_ALREADY_EXISTS = 36;
const RD_KAFKA_RESP_ERR_INVALID_PARTITIONS = 37;
const RD_KAFKA_RESP_ERR_INVALID_REPLICATION_FACTOR = 38;
const RD_KAFKA_RESP_ERR_INVALID_REPLICA_ASSIGNMENT = 39;
const RD_KAFKA_RESP_ERR_INVALID_CONFIG = 40;
const RD_KAFKA_RESP_ERR_NOT_CONTROLLER = 41;
const RD_KAFKA_RESP_ERR_INVALID_REQUEST = 42;
const RD_KAFKA_RESP_ERR_UNSUPPORTED_FOR_MESSAGE_FORMAT = 43;
const RD_KAFKA_RESP_ERR_POLICY_VIOLATION = 44;
const RD_KAFKA_RESP_ERR_OUT_OF_ORDER_SEQUENCE_NUMBER = 45;
const RD_KAFKA_RESP_ERR_DUPLICATE_SEQUENCE_NUMBER = 46;
const RD_KAFKA_RESP_ERR_INVALID_PRODUCER_EPOCH = 47;
const RD_KAFKA_RESP_ERR_INVALID_TXN_STATE = 48;
const RD_KAFKA_RESP_ERR_INVALID_PRODUCER_ID_MAPPING = 49;
const RD_KAFKA_RESP_ERR_INVALID_TRANSACTION_TIMEOUT = 50;
const RD_KAFKA_RESP_ERR_CONCURRENT_TRANSACTIONS = 51;
const RD_KAFKA_RESP_ERR_TRANSACTION_COORDINATOR_FENCED = 52;
const RD_KAFKA_RESP_ERR_TRANSACTIONAL_ID_AUTHORIZATION_FAILED = 53;
const RD_KAFKA_RESP_ERR_SECURITY_DISABLED = 54;
const RD_KAFKA_RESP_ERR_OPERATION_NOT_ATTEMPTED = 55;
const RD_KAFKA_RESP_ERR_KAFKA_STORAGE_ERROR = 56;
const RD_KAFKA_RESP_ERR_LOG_DIR_NOT_FOUND = 57;
const RD_KAFKA_RESP_ERR_SASL_AUTHENTICATION_FAILED = 58;
const RD_KAFKA_RESP_ERR_UNKNOWN_PRODUCER_ID = 59;
const RD_KAFKA_RESP_ERR_REASSIGNMENT_IN_PROGRESS = 60;
const RD_KAFKA_RESP_ERR_DELEGATION_TOKEN_AUTH_DISABLED = 61;
const RD_KAFKA_RESP_ERR_DELEGATION_TOKEN_NOT_FOUND = 62;
const RD_KAFKA_RESP_ERR_DELEGATION_TOKEN_OWNER_MISMATCH = 63;
const RD_KAFKA_RESP_ERR_DELEGATION_TOKEN_REQUEST_NOT_ALLOWED = 64;
const RD_KAFKA_RESP_ERR_DELEGATION_TOKEN_AUTHORIZATION_FAILED = 65;
const RD_KAFKA_RESP_ERR_DELEGATION_TOKEN_EXPIRED = 66;
const RD_KAFKA_RESP_ERR_INVALID_PRINCIPAL_TYPE = 67;
const RD_KAFKA_RESP_ERR_NON_EMPTY_GROUP = 68;
const RD_KAFKA_RESP_ERR_GROUP_ID_NOT_FOUND = 69;
const RD_KAFKA_RESP_ERR_FETCH_SESSION_ID_NOT_FOUND = 70;
const RD_KAFKA_RESP_ERR_INVALID_FETCH_SESSION_EPOCH = 71;
const RD_KAFKA_RESP_ERR_LISTENER_NOT_FOUND = 72;
const RD_KAFKA_RESP_ERR_TOPIC_DELETION_DISABLED = 73;
const RD_KAFKA_RESP_ERR_FENCED_LEADER_EPOCH = 74;
const RD_KAFKA_RESP_ERR_UNKNOWN_LEADER_EPOCH = 75;
const RD_KAFKA_RESP_ERR_UNSUPPORTED_COMPRESSION_TYPE = 76;
const RD_KAFKA_RESP_ERR_STALE_BROKER_EPOCH = 77;
const RD_KAFKA_RESP_ERR_OFFSET_NOT_AVAILABLE = 78;
const RD_KAFKA_RESP_ERR_MEMBER_ID_REQUIRED = 79;
const RD_KAFKA_RESP_ERR_PREFERRED_LEADER_NOT_AVAILABLE = 80;
const RD_KAFKA_RESP_ERR_GROUP_MAX_SIZE_REACHED = 81;
const RD_KAFKA_RESP_ERR_FENCED_INSTANCE_ID = 82;
const RD_KAFKA_RESP_ERR_ELIGIBLE_LEADERS_NOT_AVAILABLE = 83;
const RD_KAFKA_RESP_ERR_ELECTION_NOT_NEEDED = 84;
const RD_KAFKA_RESP_ERR_NO_REASSIGNMENT_IN_PROGRESS = 85;
const RD_KAFKA_RESP_ERR_GROUP_SUBSCRIBED_TO_TOPIC = 86;
const RD_KAFKA_RESP_ERR_INVALID_RECORD = 87;
const RD_KAFKA_RESP_ERR_UNSTABLE_OFFSET_COMMIT = 88;
const RD_KAFKA_RESP_ERR_THROTTLING_QUOTA_EXCEEDED = 89;
const RD_KAFKA_RESP_ERR_PRODUCER_FENCED = 90;
const RD_KAFKA_RESP_ERR_RESOURCE_NOT_FOUND = 91;
const RD_KAFKA_RESP_ERR_DUPLICATE_RESOURCE = 92;
const RD_KAFKA_RESP_ERR_UNACCEPTABLE_CREDENTIAL = 93;
const RD_KAFKA_RESP_ERR_INCONSISTENT_VOTER_SET = 94;
const RD_KAFKA_RESP_ERR_INVALID_UPDATE_VERSION = 95;
const RD_KAFKA_RESP_ERR_FEATURE_UPDATE_FAILED = 96;
const RD_KAFKA_RESP_ERR_PRINCIPAL_DESERIALIZATION_FAILURE = 97;
const RD_KAFKA_RESP_ERR_UNKNOWN_TOPIC_ID = 100;
const RD_KAFKA_RESP_ERR_FENCED_MEMBER_EPOCH = 110;
const RD_KAFKA_RESP_ERR_UNRELEASED_INSTANCE_ID = 111;
const RD_KAFKA_RESP_ERR_UNSUPPORTED_ASSIGNOR = 112;
const RD_KAFKA_RESP_ERR_STALE_MEMBER_EPOCH = 113;
const RD_KAFKA_RESP_ERR_UNKNOWN_SUBSCRIPTION_ID = 117;
const RD_KAFKA_RESP_ERR_TELEMETRY_TOO_LARGE = 118;
const RD_KAFKA_RESP_ERR_REBOOTSTRAP_REQUIRED = 129;
// END generated error codes

/** Conf::set() result: unknown property. */
const RD_KAFKA_CONF_UNKNOWN = -2;
/** Conf::set() result: invalid value. */
const RD_KAFKA_CONF_INVALID = -1;
/** Conf::set() result: success. */
const RD_KAFKA_CONF_OK = 0;
/** TopicConf::setPartitioner(): random partitioner. */
const RD_KAFKA_MSG_PARTITIONER_RANDOM = 2;
/** TopicConf::setPartitioner(): CRC32 hash of the key. */
const RD_KAFKA_MSG_PARTITIONER_CONSISTENT = 3;
/** TopicConf::setPartitioner(): CRC32 hash of the key, random if no key. */
const RD_KAFKA_MSG_PARTITIONER_CONSISTENT_RANDOM = 4;
/** TopicConf::setPartitioner(): Java-compatible murmur2 hash of the key. */
const RD_KAFKA_MSG_PARTITIONER_MURMUR2 = 5;
/** TopicConf::setPartitioner(): murmur2 hash of the key, random if no key. */
const RD_KAFKA_MSG_PARTITIONER_MURMUR2_RANDOM = 6;
/** RdKafka::setLogger(): print to stderr. */
const RD_KAFKA_LOG_PRINT = 100;
/** RdKafka::setLogger(): log to syslog. */
const RD_KAFKA_LOG_SYSLOG = 101;
/** RdKafka::setLogger(): log to syslog and print. */
const RD_KAFKA_LOG_SYSLOG_PRINT = 102;

// Beyond php-rdkafka 6.0.4: the constants of the Admin API (RdKafka\Admin), with
// idealo/php-rdkafka-ffi's global names and the values of librdkafka's enums.

/** Admin operation (Options::__construct() $for_api): any; every option setter is accepted. */
const RD_KAFKA_ADMIN_OP_ANY = 0;
/** Admin operation: CreateTopics. */
const RD_KAFKA_ADMIN_OP_CREATETOPICS = 1;
/** Admin operation: DeleteTopics. */
const RD_KAFKA_ADMIN_OP_DELETETOPICS = 2;
/** Admin operation: CreatePartitions. */
const RD_KAFKA_ADMIN_OP_CREATEPARTITIONS = 3;
/** Admin operation: AlterConfigs. */
const RD_KAFKA_ADMIN_OP_ALTERCONFIGS = 4;
/** Admin operation: DescribeConfigs. */
const RD_KAFKA_ADMIN_OP_DESCRIBECONFIGS = 5;
/** Admin operation: DeleteRecords. */
const RD_KAFKA_ADMIN_OP_DELETERECORDS = 6;
/** Admin operation: DeleteGroups. */
const RD_KAFKA_ADMIN_OP_DELETEGROUPS = 7;
/** Admin operation: DeleteConsumerGroupOffsets. */
const RD_KAFKA_ADMIN_OP_DELETECONSUMERGROUPOFFSETS = 8;
/** Admin operation: CreateAcls (no Client method). */
const RD_KAFKA_ADMIN_OP_CREATEACLS = 9;
/** Admin operation: DescribeAcls (no Client method). */
const RD_KAFKA_ADMIN_OP_DESCRIBEACLS = 10;
/** Admin operation: DeleteAcls (no Client method). */
const RD_KAFKA_ADMIN_OP_DELETEACLS = 11;
/** Admin operation: ListConsumerGroups. */
const RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPS = 12;
/** Admin operation: DescribeConsumerGroups. */
const RD_KAFKA_ADMIN_OP_DESCRIBECONSUMERGROUPS = 13;
/** Admin operation: ListConsumerGroupOffsets. */
const RD_KAFKA_ADMIN_OP_LISTCONSUMERGROUPOFFSETS = 14;
/** Admin operation: AlterConsumerGroupOffsets. */
const RD_KAFKA_ADMIN_OP_ALTERCONSUMERGROUPOFFSETS = 15;
/** Admin operation: IncrementalAlterConfigs (no Client method). */
const RD_KAFKA_ADMIN_OP_INCREMENTALALTERCONFIGS = 16;
/** Admin operation: DescribeUserScramCredentials (no Client method). */
const RD_KAFKA_ADMIN_OP_DESCRIBEUSERSCRAMCREDENTIALS = 17;
/** Admin operation: AlterUserScramCredentials (no Client method). */
const RD_KAFKA_ADMIN_OP_ALTERUSERSCRAMCREDENTIALS = 18;
/** Admin operation: DescribeTopics. */
const RD_KAFKA_ADMIN_OP_DESCRIBETOPICS = 19;
/** Admin operation: DescribeCluster. */
const RD_KAFKA_ADMIN_OP_DESCRIBECLUSTER = 20;
/** Admin operation: ListOffsets. */
const RD_KAFKA_ADMIN_OP_LISTOFFSETS = 21;
/** Admin operation: ElectLeaders (no Client method). */
const RD_KAFKA_ADMIN_OP_ELECTLEADERS = 22;

/** ConfigResource type: unknown. */
const RD_KAFKA_RESOURCE_UNKNOWN = 0;
/** ConfigResource type: any (a match pattern). */
const RD_KAFKA_RESOURCE_ANY = 1;
/** ConfigResource type: a topic, named by its name. */
const RD_KAFKA_RESOURCE_TOPIC = 2;
/** ConfigResource type: a consumer group, named by its id. */
const RD_KAFKA_RESOURCE_GROUP = 3;
/** ConfigResource type: a broker, named by its id as a string. */
const RD_KAFKA_RESOURCE_BROKER = 4;
/** ConfigResource type: a transactional id. */
const RD_KAFKA_RESOURCE_TRANSACTIONAL_ID = 5;

/** ConfigResource::addIncrementalConfig(): set the value. */
const RD_KAFKA_ALTER_CONFIG_OP_TYPE_SET = 0;
/** ConfigResource::addIncrementalConfig(): revert to the default. */
const RD_KAFKA_ALTER_CONFIG_OP_TYPE_DELETE = 1;
/** ConfigResource::addIncrementalConfig(): append to a list value. */
const RD_KAFKA_ALTER_CONFIG_OP_TYPE_APPEND = 2;
/** ConfigResource::addIncrementalConfig(): remove from a list value. */
const RD_KAFKA_ALTER_CONFIG_OP_TYPE_SUBTRACT = 3;

/** ConfigEntry source: unknown (e.g. a synonym with no source). */
const RD_KAFKA_CONFIG_SOURCE_UNKNOWN_CONFIG = 0;
/** ConfigEntry source: a dynamic topic configuration. */
const RD_KAFKA_CONFIG_SOURCE_DYNAMIC_TOPIC_CONFIG = 1;
/** ConfigEntry source: a dynamic configuration of this broker. */
const RD_KAFKA_CONFIG_SOURCE_DYNAMIC_BROKER_CONFIG = 2;
/** ConfigEntry source: a dynamic configuration shared by all brokers (the cluster default). */
const RD_KAFKA_CONFIG_SOURCE_DYNAMIC_DEFAULT_BROKER_CONFIG = 3;
/** ConfigEntry source: the broker's static configuration (server.properties). */
const RD_KAFKA_CONFIG_SOURCE_STATIC_BROKER_CONFIG = 4;
/** ConfigEntry source: the built-in default. */
const RD_KAFKA_CONFIG_SOURCE_DEFAULT_CONFIG = 5;
/** ConfigEntry source: a dynamic group configuration. */
const RD_KAFKA_CONFIG_SOURCE_GROUP_CONFIG = 8;

/** Consumer group state: unknown. */
const RD_KAFKA_CONSUMER_GROUP_STATE_UNKNOWN = 0;
/** Consumer group state: a rebalance is preparing (members are rejoining). */
const RD_KAFKA_CONSUMER_GROUP_STATE_PREPARING_REBALANCE = 1;
/** Consumer group state: a rebalance is completing (assignments are being synced). */
const RD_KAFKA_CONSUMER_GROUP_STATE_COMPLETING_REBALANCE = 2;
/** Consumer group state: stable, members have their assignments. */
const RD_KAFKA_CONSUMER_GROUP_STATE_STABLE = 3;
/** Consumer group state: dead, the group has no members and no metadata (or does not exist). */
const RD_KAFKA_CONSUMER_GROUP_STATE_DEAD = 4;
/** Consumer group state: empty, no members but committed offsets. */
const RD_KAFKA_CONSUMER_GROUP_STATE_EMPTY = 5;

/** Consumer group type: unknown. */
const RD_KAFKA_CONSUMER_GROUP_TYPE_UNKNOWN = 0;
/** Consumer group type: the new consumer protocol (KIP-848). */
const RD_KAFKA_CONSUMER_GROUP_TYPE_CONSUMER = 1;
/** Consumer group type: the classic group protocol. */
const RD_KAFKA_CONSUMER_GROUP_TYPE_CLASSIC = 2;

/** Options::setIsolationLevel(): offsets of uncommitted transactions count too (default). */
const RD_KAFKA_ISOLATION_LEVEL_READ_UNCOMMITTED = 0;
/** Options::setIsolationLevel(): only up to the last stable offset (committed transactions). */
const RD_KAFKA_ISOLATION_LEVEL_READ_COMMITTED = 1;

/** ACL operation (authorizedOperations): unknown. */
const RD_KAFKA_ACL_OPERATION_UNKNOWN = 0;
/** ACL operation: any (a match pattern). */
const RD_KAFKA_ACL_OPERATION_ANY = 1;
/** ACL operation: all operations. */
const RD_KAFKA_ACL_OPERATION_ALL = 2;
/** ACL operation: read. */
const RD_KAFKA_ACL_OPERATION_READ = 3;
/** ACL operation: write. */
const RD_KAFKA_ACL_OPERATION_WRITE = 4;
/** ACL operation: create. */
const RD_KAFKA_ACL_OPERATION_CREATE = 5;
/** ACL operation: delete. */
const RD_KAFKA_ACL_OPERATION_DELETE = 6;
/** ACL operation: alter. */
const RD_KAFKA_ACL_OPERATION_ALTER = 7;
/** ACL operation: describe. */
const RD_KAFKA_ACL_OPERATION_DESCRIBE = 8;
/** ACL operation: cluster action. */
const RD_KAFKA_ACL_OPERATION_CLUSTER_ACTION = 9;
/** ACL operation: describe configs. */
const RD_KAFKA_ACL_OPERATION_DESCRIBE_CONFIGS = 10;
/** ACL operation: alter configs. */
const RD_KAFKA_ACL_OPERATION_ALTER_CONFIGS = 11;
/** ACL operation: idempotent write. */
const RD_KAFKA_ACL_OPERATION_IDEMPOTENT_WRITE = 12;

/** Client::listOffsets() spec: the offset of the record with the largest timestamp. */
const RD_KAFKA_OFFSET_SPEC_MAX_TIMESTAMP = -3;
/** Client::listOffsets() spec: the earliest offset (the low watermark). */
const RD_KAFKA_OFFSET_SPEC_EARLIEST = -2;
/** Client::listOffsets() spec: the latest offset (the high watermark). */
const RD_KAFKA_OFFSET_SPEC_LATEST = -1;

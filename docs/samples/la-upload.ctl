<?xml version="1.0" encoding="UTF-8"?>
<DTSControl>
  <Version>1.0</Version>
  <AddressType>DTS</AddressType>
  <MessageType>Data</MessageType>
  <WorkflowId>CPIS_UPLOAD</WorkflowId>
  <From_DTS>X09OT001</From_DTS>
  <To_DTS>CPIS0001</To_DTS>
  <Subject>CP-IS Local Authority Upload</Subject>
  <LocalId>X09-UPLOAD-1</LocalId>
</DTSControl>

import { Box, Center } from '@mantine/core'
import type { ReactNode } from 'react'

export function CenteredPage({ children, width = 520 }: { children: ReactNode; width?: number }) {
  return (
    <Center component="main" mih="100vh" p="lg" bg="gray.0">
      <Box w="100%" maw={width}>
        {children}
      </Box>
    </Center>
  )
}
